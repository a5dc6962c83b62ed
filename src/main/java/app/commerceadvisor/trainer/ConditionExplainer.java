package app.commerceadvisor.trainer;

import app.commerceadvisor.engine.Answer;
import app.commerceadvisor.engine.RuleOutline;
import app.commerceadvisor.engine.RuleOutline.ConstraintOutline;
import app.commerceadvisor.engine.RuleOutline.PatternOutline;
import app.commerceadvisor.knowledge.ThresholdDefinition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Says, for a rule that did not fire in a scenario, which of its conditions held and which did not,
 * for which answer: "line 14: `choices not contains "dont-know"` fails: order-channels was answered
 * [dont-know]". It reads the rule's outline (from Drools' parser) and the answers as the rules saw
 * them; a condition it cannot judge on its own (e.g. one written with {@code ||}) is shown as such.
 */
final class ConditionExplainer {

    private final Map<String, Answer> answers = new HashMap<>();
    private final Map<String, Double> thresholds = new HashMap<>();
    private final Set<String> conclusions;

    ConditionExplainer(List<Answer> facts, List<ThresholdDefinition> thresholds, Set<String> conclusions) {
        facts.forEach(answer -> answers.put(answer.getQuestion(), answer));
        thresholds.forEach(threshold -> this.thresholds.put(threshold.id(), threshold.value()));
        this.conclusions = conclusions;
    }

    /** How one pattern of a rule fared: a line for the trainer, and whether it failed. */
    record Verdict(PatternOutline pattern, String line, boolean failed) {
    }

    /** One verdict per pattern of the rule, in the order they are written. */
    List<Verdict> explain(RuleOutline rule) {
        Map<String, Object> variables = new HashMap<>();
        List<Verdict> verdicts = new ArrayList<>();
        for (PatternOutline pattern : rule.patterns()) {
            String verdict = verdict(pattern, variables);
            verdicts.add(new Verdict(pattern, "line " + pattern.line() + ": " + (pattern.negated() ? "not " : "")
                    + pattern.text() + " — " + verdict, verdict.startsWith("FAILS")));
        }
        return verdicts;
    }

    private String verdict(PatternOutline pattern, Map<String, Object> variables) {
        if (pattern.optional()) {
            return "part of an 'or' or 'exists'; not judged here";
        }
        return switch (pattern.type()) {
            case "Answer" -> answerVerdict(pattern, variables);
            case "Conclusion" -> conclusionVerdict(pattern);
            case "Threshold" -> thresholdVerdict(pattern, variables);
            default -> "not judged here";
        };
    }

    private String thresholdVerdict(PatternOutline pattern, Map<String, Object> variables) {
        String name = pattern.equalTo("name");
        Double value = name == null ? null : thresholds.get(name);
        if (value == null) {
            return "no such threshold";
        }
        pattern.constraints().stream().filter(c -> c.variable() != null && "value".equals(c.field()))
                .forEach(c -> variables.put(c.variable(), value));
        return "holds (" + name + " = " + format(value) + ")";
    }

    private String conclusionVerdict(PatternOutline pattern) {
        String name = pattern.equalTo("name");
        if (name == null) {
            return "not judged here";
        }
        boolean drawn = conclusions.contains(name);
        if (pattern.negated()) {
            return drawn ? "FAILS: conclusion '" + name + "' was drawn" : "holds: '" + name + "' was not concluded";
        }
        return drawn ? "holds: '" + name + "' was concluded" : "FAILS: conclusion '" + name + "' was not drawn";
    }

    private String answerVerdict(PatternOutline pattern, Map<String, Object> variables) {
        String question = pattern.equalTo("question");
        if (question == null) {
            return "not judged here";
        }
        Answer answer = answers.get(question);
        if (answer == null) {
            return pattern.negated() ? "holds: '" + question + "' was not answered"
                    : "FAILS: '" + question + "' was not answered";
        }
        String given = "'" + question + "' was answered " + shown(answer);
        for (ConstraintOutline constraint : pattern.constraints()) {
            if (constraint.field() == null) {
                return "not judged here (`" + constraint.text() + "`); " + given;
            }
            if ("question".equals(constraint.field())) {
                continue;
            }
            Object actual = field(answer, constraint.field());
            if (constraint.variable() != null) {
                variables.put(constraint.variable(), actual);
            }
            if (constraint.operator() == null) {
                continue;
            }
            Object expected = constraint.literal() ? constraint.value() : variables.get(constraint.value());
            if (expected == null) {
                return "not judged here (`" + constraint.text() + "`); " + given;
            }
            if (!holds(actual, constraint.operator(), expected)) {
                return pattern.negated() ? "holds: " + given : "FAILS at line " + constraint.line() + ": `"
                        + constraint.text() + "`, " + given;
            }
        }
        return pattern.negated() ? "FAILS: " + given + ", which matches" : "holds: " + given;
    }

    private static Object field(Answer answer, String field) {
        return switch (field) {
            case "choice" -> answer.getChoice();
            case "choices" -> answer.getChoices();
            case "number" -> answer.getNumber();
            case "text" -> answer.getText();
            default -> null;
        };
    }

    private static boolean holds(Object actual, String operator, Object expected) {
        if (actual == null) {
            return false;
        }
        return switch (operator) {
            case "==" -> equal(actual, expected);
            case "!=" -> !equal(actual, expected);
            case "contains" -> actual instanceof Set<?> set && set.contains(String.valueOf(expected));
            case "not contains" -> actual instanceof Set<?> set && !set.contains(String.valueOf(expected));
            case ">", ">=", "<", "<=" -> compare(actual, operator, expected);
            default -> false;
        };
    }

    private static boolean equal(Object actual, Object expected) {
        if (actual instanceof Number number) {
            return number.doubleValue() == Double.parseDouble(String.valueOf(expected));
        }
        return String.valueOf(actual).equals(String.valueOf(expected));
    }

    private static boolean compare(Object actual, String operator, Object expected) {
        if (!(actual instanceof Number number)) {
            return false;
        }
        double left = number.doubleValue();
        double right = Double.parseDouble(String.valueOf(expected));
        return switch (operator) {
            case ">" -> left > right;
            case ">=" -> left >= right;
            case "<" -> left < right;
            default -> left <= right;
        };
    }

    private static String shown(Answer answer) {
        if (answer.getChoice() != null) {
            return "\"" + answer.getChoice() + "\"";
        }
        if (answer.getNumber() != null) {
            return format(answer.getNumber());
        }
        if (answer.getText() != null) {
            return "\"" + answer.getText() + "\"";
        }
        return String.valueOf(new TreeSet<>(answer.getChoices()));
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
