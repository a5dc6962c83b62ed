package app.commerceadvisor.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A merchant's submitted questionnaire. Answers are keyed by question id; a blank answer is left out or null. */
public record AssessmentRequest(
        @Schema(description = "Who answered: a name, an e-mail or a course participant id", example = "shop-42")
        @NotBlank @Size(max = 200) String participant,

        @Schema(description = "Language of the report, one the questionnaire is written in", example = "en")
        @NotBlank String language,

        @Schema(description = "Answers by question id: true/false for yes-no, an option id for single choice, "
                + "a list of option ids for multiple choice, a number, or a text",
                example = "{\"content-lead\": false, \"order-channels\": [\"own-short-videos\"]}")
        @NotNull Map<String, JsonNode> answers) {
}
