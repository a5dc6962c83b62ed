package app.commerceadvisor.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A merchant's submitted questionnaire. Answers are keyed by question id; a blank answer is left out or
 * null. Read and checked by {@link AssessmentRequestReader}, so every instance has the right shape.
 */
@Schema(name = "AssessmentRequest", additionalProperties = Schema.False.class)
public record AssessmentRequest(
        @Schema(description = "Who answered: a name, an e-mail or a course participant id; "
                + "not blank, at most 200 characters", example = "shop-42", required = true, minLength = 1,
                maxLength = AssessmentRequestReader.MAX_PARTICIPANT_LENGTH)
        String participant,

        @Schema(description = "Language of the report, one the questionnaire is written in", example = "en",
                required = true)
        String language,

        @Schema(description = "Answers by question id: true/false for yes-no, an option id for single choice, "
                + "a list of option ids for multiple choice, a number, or a text; null, \"\" or [] when not answered",
                required = true)
        Map<String, JsonNode> answers) {
}
