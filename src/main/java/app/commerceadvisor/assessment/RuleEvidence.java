package app.commerceadvisor.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What one rule that found a finding's pitfall rested on: the answers, the intermediate conclusions it
 * matched and the thresholds it compared the answers with, and the chain of firings that led there,
 * step by step and written out as sentences.
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
        List<ThresholdValue> thresholds,
        @Schema(description = "The chain of rules from the answers to this finding, in the order they fired on "
                + "each other, this rule last; absent in reports made before reports showed their reasoning")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        List<ReasoningStepView> reasoning,
        @Schema(description = "The reasoning written out in the report's language: what was answered, what follows, "
                + "and what the source says; absent in reports made before reports showed their reasoning")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        String how) {

    /** What a rule rested on in a report made before reports showed their reasoning. */
    public RuleEvidence(String rule, String title, List<Evidence> evidence, List<String> conclusions,
            List<ThresholdValue> thresholds) {
        this(rule, title, evidence, conclusions, thresholds, null, null);
    }
}
