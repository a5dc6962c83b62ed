package app.commerceadvisor.knowledge.check;

import app.commerceadvisor.engine.RuleOutline;
import app.commerceadvisor.engine.RuleOutline.ConstraintOutline;
import app.commerceadvisor.engine.RuleOutline.PatternOutline;
import app.commerceadvisor.knowledge.ContentProblem;
import app.commerceadvisor.questionnaire.AnswerOption;
import app.commerceadvisor.questionnaire.AnswerType;
import app.commerceadvisor.questionnaire.Question;
import app.commerceadvisor.questionnaire.Questionnaire;
import app.commerceadvisor.pitfall.Urgency;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Checks what rules compare answers with against the questionnaire, beyond what the compiler can know:
 * a value the question cannot take ({@code "true"} on a yes-no question, an option id it lacks, a
 * number on a choice question) would make a rule silently never fire. Also finds rules whose
 * conditions can never all hold, two rules with the same conditions for the same pitfall, conclusions
 * that no rule draws, conclusions that no rule uses, and rules without a title in every language. Works on the rule outlines that Drools' parser
 * reads, so every problem names the rule file and the line of the condition.
 */
public final class RuleModelCheck {

    private static final String ANSWER = "Answer";
    private static final String CONCLUSION = "Conclusion";

    private final Questionnaire questionnaire;
    private final List<ContentProblem> problems;

    /** @param questionnaire with the yes-no questions' implicit options "yes" and "no" */
    public RuleModelCheck(Questionnaire questionnaire, List<ContentProblem> problems) {
        this.questionnaire = questionnaire;
        this.problems = problems;
    }

    public void check(List<RuleOutline> rules) {
        Map<String, RuleOutline> concluding = new LinkedHashMap<>();
        Set<String> used = new LinkedHashSet<>();
        for (RuleOutline rule : rules) {
            rule.concludes().forEach(name -> concluding.putIfAbsent(name, rule));
            for (PatternOutline pattern : rule.patterns()) {
                if (CONCLUSION.equals(pattern.type()) && pattern.equalTo("name") != null) {
                    used.add(pattern.equalTo("name"));
                }
            }
        }
        Map<String, RuleOutline> signatures = new HashMap<>();
        for (RuleOutline rule : rules) {
            for (PatternOutline pattern : rule.patterns()) {
                if (ANSWER.equals(pattern.type())) {
                    checkValues(rule, pattern);
                } else if (CONCLUSION.equals(pattern.type())) {
                    checkConcluded(rule, pattern, concluding.keySet());
                }
            }
            checkSatisfiable(rule);
            checkDuplicate(rule, signatures);
            checkTitle(rule);
            checkUrgency(rule);
            if (rule.pitfall() == null) {
                for (String name : rule.concludes()) {
                    if (!used.contains(name)) {
                        report(rule.file(), rule.line(), "rule \"" + rule.name() + "\" concludes '" + name
                                + "', but no rule uses that conclusion and the rule names no @pitfall, so it has no effect");
                    }
                }
            }
        }
    }

    /** Participants read a rule's title in their report's language, so every rule has one in each language. */
    private void checkTitle(RuleOutline rule) {
        List<String> missing = questionnaire.languages().stream()
                .filter(language -> rule.titles().get(language) == null || rule.titles().get(language).isBlank())
                .toList();
        if (!missing.isEmpty()) {
            report(rule.file(), rule.line(), "rule \"" + rule.name() + "\" has no title in " + String.join(", ", missing)
                    + "; participants read it in their report: add e.g. @title(en = \"...\", zh = \"...\") under the rule's name");
        }
    }

    private void checkUrgency(RuleOutline rule) {
        if (rule.urgency() == null) {
            return;
        }
        List<String> urgencies = Arrays.stream(Urgency.values()).map(Urgency::id).toList();
        if (!urgencies.contains(rule.urgency())) {
            report(rule.file(), rule.line(), "rule \"" + rule.name() + "\": @urgency(\"" + rule.urgency() + "\") is not an urgency; use "
                    + String.join(", ", urgencies));
        } else if (rule.pitfall() == null) {
            report(rule.file(), rule.line(), "rule \"" + rule.name() + "\" has an @urgency but names no @pitfall, so there is no finding to make urgent");
        }
    }

    private void checkValues(RuleOutline rule, PatternOutline pattern) {
        String questionId = pattern.equalTo("question");
        Question question = questionId == null ? null : questionnaire.question(questionId).orElse(null);
        if (question == null) {
            return; // an unknown question is reported by RuleReferenceCheck
        }
        for (ConstraintOutline constraint : pattern.constraints()) {
            String field = constraint.field();
            if (field == null || "question".equals(field)) {
                continue;
            }
            String expected = fieldFor(question.type());
            if (!field.equals(expected) && List.of("choice", "choices", "number", "text").contains(field)) {
                report(rule.file(), constraint.line(), "question '" + question.id() + "' is a " + question.type().id()
                        + " question, so its answer is in '" + expected + "', not in '" + field + "': `"
                        + constraint.text() + "` never holds" + example(question));
                continue;
            }
            if (!constraint.literal() || constraint.operator() == null) {
                continue;
            }
            if (question.type().hasOptions() && question.option(constraint.value()).isEmpty()) {
                report(rule.file(), constraint.line(), unknownOption(question, constraint));
            }
            if (question.type() == AnswerType.NUMBER && !isNumber(constraint.value())) {
                report(rule.file(), constraint.line(), "question '" + question.id() + "' takes a number; `"
                        + constraint.text() + "` compares it with text");
            }
        }
    }

    private static String unknownOption(Question question, ConstraintOutline constraint) {
        String options = question.options().stream().map(AnswerOption::id).collect(Collectors.joining(", "));
        if (question.type() == AnswerType.YES_NO) {
            return "question '" + question.id() + "' is a yes-no question: rules see its answers as \"yes\" or \"no\""
                    + " (participants send true or false), so `" + constraint.text() + "` never holds";
        }
        return "question '" + question.id() + "' has no option '" + constraint.value() + "', so `" + constraint.text()
                + "` " + (constraint.operator().startsWith("not") || "!=".equals(constraint.operator())
                        ? "always holds" : "never holds") + "; its options are: " + options;
    }

    private static String example(Question question) {
        return switch (question.type()) {
            case YES_NO -> "; write e.g. choice == \"yes\"";
            case SINGLE_CHOICE -> "; write e.g. choice == \"" + question.options().get(0).id() + "\"";
            case MULTIPLE_CHOICE -> "; write e.g. choices contains \"" + question.options().get(0).id() + "\"";
            case NUMBER -> "; write e.g. number >= 10";
            case TEXT -> "";
        };
    }

    private static String fieldFor(AnswerType type) {
        return switch (type) {
            case YES_NO, SINGLE_CHOICE -> "choice";
            case MULTIPLE_CHOICE -> "choices";
            case NUMBER -> "number";
            case TEXT -> "text";
        };
    }

    private void checkConcluded(RuleOutline rule, PatternOutline pattern, Set<String> concluded) {
        String name = pattern.equalTo("name");
        if (name != null && !concluded.contains(name)) {
            report(rule.file(), pattern.line(), "no rule concludes '" + name + "', so `" + pattern.text() + "` "
                    + (pattern.negated() ? "always holds" : "never holds") + "; conclusions drawn by rules: "
                    + String.join(", ", new TreeSet<>(concluded)));
        }
    }

    /**
     * Conditions that contradict each other on one answer (every question has one answer, so all
     * positive patterns on a question constrain the same answer) or on one conclusion.
     */
    private void checkSatisfiable(RuleOutline rule) {
        Map<String, List<ConstraintOutline>> byQuestion = new LinkedHashMap<>();
        Set<String> needed = new LinkedHashSet<>();
        Set<String> excluded = new LinkedHashSet<>();
        for (PatternOutline pattern : rule.patterns()) {
            if (pattern.optional()) {
                continue;
            }
            if (CONCLUSION.equals(pattern.type()) && pattern.equalTo("name") != null) {
                (pattern.negated() ? excluded : needed).add(pattern.equalTo("name"));
            }
            if (ANSWER.equals(pattern.type()) && !pattern.negated() && pattern.equalTo("question") != null) {
                byQuestion.computeIfAbsent(pattern.equalTo("question"), id -> new ArrayList<>())
                        .addAll(pattern.constraints().stream()
                                .filter(c -> c.literal() && c.field() != null && !"question".equals(c.field())).toList());
            }
        }
        for (String name : needed) {
            if (excluded.contains(name)) {
                impossible(rule, "it needs conclusion '" + name + "' and its absence");
            }
        }
        byQuestion.forEach((questionId, constraints) -> {
            String contradiction = contradiction(questionnaire.question(questionId).orElse(null), constraints);
            if (contradiction != null) {
                impossible(rule, "for question '" + questionId + "' it needs " + contradiction);
            }
        });
    }

    private static String contradiction(Question question, List<ConstraintOutline> constraints) {
        Set<String> equal = new LinkedHashSet<>();
        Set<String> unequal = new LinkedHashSet<>();
        Set<String> contained = new LinkedHashSet<>();
        Set<String> notContained = new LinkedHashSet<>();
        double low = Double.NEGATIVE_INFINITY;
        double high = Double.POSITIVE_INFINITY;
        String lowText = null;
        String highText = null;
        for (ConstraintOutline c : constraints) {
            switch (c.operator()) {
                case "==" -> equal.add(c.value());
                case "!=" -> unequal.add(c.value());
                case "contains" -> contained.add(c.value());
                case "not contains" -> notContained.add(c.value());
                case ">", ">=" -> {
                    if (isNumber(c.value()) && Double.parseDouble(c.value()) >= low) {
                        low = Double.parseDouble(c.value());
                        lowText = c.text();
                    }
                }
                case "<", "<=" -> {
                    if (isNumber(c.value()) && Double.parseDouble(c.value()) <= high) {
                        high = Double.parseDouble(c.value());
                        highText = c.text();
                    }
                }
                default -> { }
            }
        }
        if (equal.size() > 1) {
            return "one answer to equal each of " + quoted(equal);
        }
        for (String value : equal) {
            if (unequal.contains(value)) {
                return "the answer to be and not to be \"" + value + "\"";
            }
        }
        for (String value : contained) {
            if (notContained.contains(value)) {
                return "\"" + value + "\" to be chosen and not chosen";
            }
        }
        if (question != null && contained.size() > 1) {
            for (String value : contained) {
                if (question.option(value).map(AnswerOption::exclusive).orElse(false)) {
                    return "\"" + value + "\", which is only ever chosen alone, together with other options "
                            + quoted(contained);
                }
            }
        }
        if (lowText != null && highText != null && low >= high) {
            return "`" + lowText + "` and `" + highText + "` at once";
        }
        if (question != null && question.max() != null && lowText != null && low >= question.max()) {
            return "`" + lowText + "`, but answers are at most " + format(question.max());
        }
        if (question != null && highText != null && high <= question.minimum()
                && (question.min() != null || high < 0)) {
            return "`" + highText + "`, but answers are at least " + format(question.minimum());
        }
        return null;
    }

    private void checkDuplicate(RuleOutline rule, Map<String, RuleOutline> signatures) {
        if (rule.pitfall() == null) {
            return;
        }
        String signature = rule.pitfall() + "|" + rule.patterns().stream()
                .map(pattern -> (pattern.negated() ? "not " : "") + pattern.text().replaceAll("\\$\\w+", "\\$"))
                .sorted().collect(Collectors.joining("|"));
        RuleOutline first = signatures.putIfAbsent(signature, rule);
        if (first != null) {
            report(rule.file(), rule.line(), "rule \"" + rule.name() + "\" has the same conditions as rule \""
                    + first.name() + "\" (" + first.file() + ":" + first.line() + ") for pitfall '" + rule.pitfall()
                    + "'; keep one of them");
        }
    }

    private void impossible(RuleOutline rule, String why) {
        report(rule.file(), rule.line(), "rule \"" + rule.name() + "\" can never fire: " + why);
    }

    private static boolean isNumber(String value) {
        return value.matches("-?\\d+(\\.\\d+)?");
    }

    private static String quoted(Set<String> values) {
        return values.stream().map(value -> "\"" + value + "\"").collect(Collectors.joining(", "));
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private void report(String file, int line, String message) {
        problems.add(new ContentProblem(file, line, message));
    }
}
