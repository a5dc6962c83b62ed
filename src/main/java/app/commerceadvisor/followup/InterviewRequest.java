package app.commerceadvisor.followup;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where an interview stands: the language, the answers so far, and the questions the merchant chose to skip. */
@Schema(name = "InterviewRequest")
public record InterviewRequest(
        String language,
        @Schema(description = "The answers so far, keyed by question id, as in an assessment", implementation = Map.class)
        Map<String, JsonNode> answers,
        @Schema(description = "Questions already asked and left blank: they are not asked again")
        List<String> skipped) {
}
