package app.commerceadvisor.followup;

import app.commerceadvisor.followup.FollowUp.Decision;
import app.commerceadvisor.questionnaire.QuestionnaireView.QuestionView;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The next step of an interview: the one question to ask now (absent when done) with the findings its
 * answer could decide, and the pitfalls found so far. Send the answers (and skipped questions) back for
 * the next step; when done, submit the answers as an assessment.
 */
@Schema(name = "InterviewStep")
public record InterviewStep(
        String knowledgeBaseVersion,
        String language,
        @Schema(description = "True when no answer to the questions left could change a finding")
        boolean done,
        @Schema(description = "The question to ask now; absent when done")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        QuestionView question,
        @Schema(description = "The findings an answer to this question could add or remove (empty when it is the "
                + "first of several questions a near miss needs)")
        List<Decision> decides,
        @Schema(description = "Questions answered so far")
        int answered,
        @Schema(description = "The pitfalls the answers so far give, most urgent first")
        List<String> pitfalls) {
}
