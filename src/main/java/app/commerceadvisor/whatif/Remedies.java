package app.commerceadvisor.whatif;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * For each finding of a stored assessment, the smallest changes of answers that would clear it, found by
 * evaluating the real rules with other answers: one answer changed where one is enough, otherwise two.
 */
@Schema(name = "Remedies")
public record Remedies(UUID assessment, String knowledgeBaseVersion, String language, List<Remedy> findings) {

    /** The smallest changes that clear one finding, fewest side effects first, and the best one in words. */
    @Schema(name = "Remedy")
    public record Remedy(
            String pitfall,
            String title,
            @Schema(description = "The best change in the report's language; absent when no change of one or two "
                    + "answers clears the finding")
            @JsonInclude(JsonInclude.Include.NON_NULL)
            String how,
            List<Option> options) {
    }

    /** One way to clear the finding, and the findings it would bring about instead. */
    @Schema(name = "RemedyOption")
    public record Option(List<AnswerChange> changes, List<String> alsoAppears) {
    }

    /** An answer as it would have to be. */
    @Schema(name = "AnswerChange")
    public record AnswerChange(String question, String questionText,
            @Schema(implementation = Object.class) JsonNode answer, String answerText) {
    }
}
