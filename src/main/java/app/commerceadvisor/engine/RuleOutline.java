package app.commerceadvisor.engine;

import java.util.List;
import java.util.Map;

/**
 * What a rule says, as Drools' own DRL parser reads it: where it is, the pitfall it diagnoses (if any),
 * its patterns with their constraints, and the conclusions its consequence inserts. Neutral types, so
 * that the checks and the check command can reason about rules without Drools classes.
 *
 * @param pitfall   the {@code @pitfall} id, or null for a rule that only concludes
 * @param titles    the title a participant reads for the rule, by language, from its
 *                  {@code @title(en = "...", zh = "...")}; empty when it has none
 * @param urgency   the {@code @urgency} id, e.g. {@code this-week}, with which a rule makes its finding more
 *                  urgent than its pitfall usually is (a dated event at risk), or null
 * @param concludes the names of the {@code new Conclusion("...")} its consequence inserts
 */
public record RuleOutline(String file, int line, String name, String pitfall, Map<String, String> titles,
        String urgency, List<PatternOutline> patterns, List<String> concludes) {

    public RuleOutline {
        titles = Map.copyOf(titles);
        patterns = List.copyOf(patterns);
        concludes = List.copyOf(concludes);
    }

    /** The rule's title in {@code language}, the English one if that language has none, else its name. */
    public String title(String language) {
        String title = titles.get(language);
        if (title == null) {
            title = titles.get("en");
        }
        return title == null ? name : title;
    }

    /**
     * One pattern of a rule's conditions, e.g. {@code Answer(question == "x", choice == "no")}.
     *
     * @param negated  inside {@code not}: the rule needs no such fact
     * @param optional inside {@code or}, or under {@code exists}/{@code not} with others: not every
     *                 constraint needs to hold for the rule to fire, so it takes no part in the
     *                 "can never hold" reasoning
     * @param text     the pattern as written, on one line
     */
    public record PatternOutline(int line, String type, boolean negated, boolean optional,
            List<ConstraintOutline> constraints, String text) {

        public PatternOutline {
            constraints = List.copyOf(constraints);
        }

        /** The literal a constraint {@code field == "..."} compares with, e.g. the question id. */
        public String equalTo(String field) {
            return constraints.stream()
                    .filter(constraint -> field.equals(constraint.field()) && "==".equals(constraint.operator())
                            && constraint.literal())
                    .map(ConstraintOutline::value).findFirst().orElse(null);
        }
    }

    /**
     * One constraint, e.g. {@code choices not contains "dont-know"}: the field, the operator and the
     * value compared with. {@code literal} is true when the value is a string or number written in the
     * rule (then {@code value} is that string or number), false for a variable such as {@code $limit}.
     * A constraint the outline cannot split (e.g. with {@code ||}) keeps only its text, with a null field.
     *
     * @param variable the variable it binds, e.g. {@code $limit} in {@code $limit : value}, or null
     */
    public record ConstraintOutline(int line, String variable, String field, String operator, String value,
            boolean literal, String text) {
    }
}
