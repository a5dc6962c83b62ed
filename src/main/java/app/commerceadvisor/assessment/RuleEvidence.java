package app.commerceadvisor.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What one rule that found a finding's pitfall rested on: the answers, the intermediate conclusions it
 * matched and the thresholds it compared the answers with.
 */
@Schema(name = "RuleEvidence")
public record RuleEvidence(
        @Schema(description = "The rule's name in rules/", example = "Restocking without knowing the core channel")
        String rule,
        @Schema(description = "The rule's title in the report's language; absent in reports made before rules had titles")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        String title,
        @Schema(description = "The answers this rule rested on")
        List<Evidence> evidence,
        @Schema(description = "The intermediate conclusions this rule matched, with those they were drawn from")
        List<String> conclusions,
        @Schema(description = "The thresholds this rule compared answers with")
        List<ThresholdValue> thresholds) {
}
