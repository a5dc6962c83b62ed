package app.commerceadvisor.engine;

import java.util.List;

/**
 * A diagnostic rule that fired: the rule, the pitfall its metadata names, the answers that made it
 * fire (directly, or through the intermediate conclusions it matched), those conclusions, and the
 * thresholds the answers were compared with; and the chain of firings that led to it, in the order
 * they built on each other, the diagnosing rule last.
 */
public record Diagnosis(String rule, String pitfall, List<Answer> evidence, List<String> conclusions,
        List<Threshold> thresholds, List<ReasoningStep> steps) {

    public Diagnosis {
        evidence = List.copyOf(evidence);
        conclusions = List.copyOf(conclusions);
        thresholds = List.copyOf(thresholds);
        steps = List.copyOf(steps);
    }
}
