package app.commerceadvisor.engine;

import java.util.List;

/**
 * One firing on the way to a diagnosis, as the engine saw it: the rule, the answers and thresholds it
 * matched itself, the intermediate conclusions it used (each explained by an earlier step), and the
 * conclusion it drew, or null for the diagnosing rule that ends the chain.
 */
public record ReasoningStep(String rule, List<Answer> answers, List<Threshold> thresholds, List<String> uses,
        String concludes) {

    public ReasoningStep {
        answers = List.copyOf(answers);
        thresholds = List.copyOf(thresholds);
        uses = List.copyOf(uses);
    }
}
