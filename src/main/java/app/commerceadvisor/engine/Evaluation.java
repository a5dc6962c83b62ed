package app.commerceadvisor.engine;

import java.util.List;
import java.util.Set;

/**
 * What one evaluation of a rule base found: the diagnoses, every rule that fired (diagnosing or only
 * concluding), and the conclusions that still stood at the end, for coverage and for explaining why a
 * rule did or did not fire.
 */
public record Evaluation(List<Diagnosis> diagnoses, Set<String> firedRules, Set<String> conclusions) {

    public Evaluation {
        diagnoses = List.copyOf(diagnoses);
        firedRules = Set.copyOf(firedRules);
        conclusions = Set.copyOf(conclusions);
    }
}
