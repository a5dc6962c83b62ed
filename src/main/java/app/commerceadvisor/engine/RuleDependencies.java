package app.commerceadvisor.engine;

import app.commerceadvisor.engine.RuleOutline.PatternOutline;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The questions each pitfall depends on, read from the rule outlines: those its rules read, and those
 * of the rules drawing the conclusions they need (negated patterns left out), in the order of the rule
 * files. Worked out once per rule
 * base, since every report asks it of every pitfall.
 */
final class RuleDependencies {

    private RuleDependencies() {
    }

    static Map<String, Set<String>> questionsByPitfall(List<RuleOutline> outline) {
        Map<String, Set<String>> byPitfall = new HashMap<>();
        for (RuleOutline rule : outline) {
            if (rule.pitfall() != null) {
                collect(rule, outline, byPitfall.computeIfAbsent(rule.pitfall(), pitfall -> new LinkedHashSet<>()),
                        new LinkedHashSet<>());
            }
        }
        byPitfall.replaceAll((pitfall, questions) -> Collections.unmodifiableSet(questions)); // rule-file order
        return byPitfall;
    }

    private static void collect(RuleOutline rule, List<RuleOutline> outline, Set<String> questions, Set<String> visited) {
        if (!visited.add(rule.name())) {
            return;
        }
        for (PatternOutline pattern : rule.patterns()) {
            if (pattern.negated()) {
                continue;
            }
            if ("Answer".equals(pattern.type()) && pattern.equalTo("question") != null) {
                questions.add(pattern.equalTo("question"));
            } else if ("Conclusion".equals(pattern.type()) && pattern.equalTo("name") != null) {
                String name = pattern.equalTo("name");
                outline.stream().filter(other -> other.concludes().contains(name))
                        .forEach(other -> collect(other, outline, questions, visited));
            }
        }
    }
}
