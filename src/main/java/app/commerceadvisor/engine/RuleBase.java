package app.commerceadvisor.engine;

import java.util.Collection;
import java.util.List;
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

    /** Releases the compiled rules; the base must not be used afterwards. */
    @Override
    void close();
}
