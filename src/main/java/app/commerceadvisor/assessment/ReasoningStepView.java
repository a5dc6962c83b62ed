package app.commerceadvisor.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One step of the chain from the answers to a finding, as the engine fired it: the rule and its title in
 * the report's language, the answers and thresholds it matched itself, the intermediate conclusions it
 * used (drawn by earlier steps) and the conclusion it drew (none for the diagnosing rule, the last step).
 */
@Schema(name = "ReasoningStep")
public record ReasoningStepView(
        String rule,
        String title,
        List<Evidence> evidence,
        List<ThresholdValue> thresholds,
        @Schema(description = "Intermediate conclusions this step used, each drawn by an earlier step")
        List<String> uses,
        @Schema(description = "The intermediate conclusion this step drew; absent for the rule that found the pitfall")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        String concludes) {
}
