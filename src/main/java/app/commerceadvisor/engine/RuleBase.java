package app.commerceadvisor.engine;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A compiled, immutable set of diagnostic rules. Evaluation is cheap and repeatable: every call
 * works in a fresh session, so the same answers always give the same diagnoses.
 */
public interface RuleBase extends AutoCloseable {

    /**
     * Runs every rule against the answers and the thresholds and returns the diagnoses that fired, in
     * firing order.
     */
    Evaluation evaluate(Collection<Answer> answers, Collection<Threshold> thresholds);

    /** The pitfall ids named by the {@code @pitfall} metadata of the rules, for checking the catalogue. */
    Set<String> pitfalls();

    /** How many rules the base holds. */
    int ruleCount();

    /** Every rule as written in its file, in file order, as Drools' parser reads it. */
    List<RuleOutline> outline();

    /** The outline of the rule named {@code rule}, if the base has one. */
    default Optional<RuleOutline> outline(String rule) {
        return outline().stream().filter(outline -> outline.name().equals(rule)).findFirst();
    }

    /**
     * The questions the pitfall's rules read, and those of the rules drawing the conclusions they need:
     * what must be answered for the rules to have decided the pitfall.
     */
    default Set<String> questionsOf(String pitfall) {
        return RuleDependencies.questionsByPitfall(outline()).getOrDefault(pitfall, Set.of());
    }

    /** Releases the compiled rules; the base must not be used afterwards. */
    @Override
    void close();
}
