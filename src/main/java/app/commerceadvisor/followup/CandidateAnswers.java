package app.commerceadvisor.followup;

import app.commerceadvisor.engine.RuleOutline;
import app.commerceadvisor.engine.RuleOutline.ConstraintOutline;
import app.commerceadvisor.engine.RuleOutline.PatternOutline;
import app.commerceadvisor.knowledge.KnowledgeBase;
import app.commerceadvisor.questionnaire.AnswerOption;
import app.commerceadvisor.questionnaire.Question;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The answers worth trying for a question when asking what its answer could decide: every option of a
 * choice question (and, for multiple choice, every pair of options and all of them together), yes and
 * no, and for a number the figures the rules that read it compare it with (their literals, their
 * thresholds and the merchant's other figures they read), one below and one above each. Which answers are
 * tried is taken from the questionnaire and the rules' outlines; whether an answer changes a finding is
 * decided by evaluating the real rules with it.
 */
public final class CandidateAnswers {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final KnowledgeBase knowledgeBase;

    public CandidateAnswers(KnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
    }

    /**
     * The answers worth trying together with answers to other blank questions: the same, but for multiple
     * choice each option alone and all of them together, not every pair, so that trying several questions
     * at once stays affordable.
     */
    public List<JsonNode> combinable(Question question, Map<String, JsonNode> answers) {
        if (question.type() != app.commerceadvisor.questionnaire.AnswerType.MULTIPLE_CHOICE) {
            return of(question, answers);
        }
        return of(question, answers).stream().filter(candidate -> candidate.size() == 1
                || candidate.size() == question.options().stream().filter(option -> !option.exclusive()).count()).toList();
    }

    public List<JsonNode> of(Question question, Map<String, JsonNode> answers) {
        List<JsonNode> candidates = new ArrayList<>();
        switch (question.type()) {
            case YES_NO -> {
                candidates.add(JSON.booleanNode(true));
                candidates.add(JSON.booleanNode(false));
            }
            case SINGLE_CHOICE -> question.options().forEach(option -> candidates.add(JSON.textNode(option.id())));
            case MULTIPLE_CHOICE -> {
                List<AnswerOption> options = question.options();
                options.forEach(option -> candidates.add(JSON.arrayNode().add(option.id())));
                List<AnswerOption> combinable = options.stream().filter(option -> !option.exclusive()).toList();
                for (int i = 0; i < combinable.size(); i++) {
                    for (int j = i + 1; j < combinable.size(); j++) {
                        candidates.add(JSON.arrayNode().add(combinable.get(i).id()).add(combinable.get(j).id()));
                    }
                }
                if (combinable.size() > 2) {
                    var all = JSON.arrayNode();
                    combinable.forEach(option -> all.add(option.id()));
                    candidates.add(all);
                }
            }
            case NUMBER -> numbers(question, answers).forEach(number -> candidates.add(JSON.numberNode(number)));
            case TEXT -> candidates.add(JSON.textNode("…"));
        }
        return candidates;
    }

    private TreeSet<BigDecimal> numbers(Question question, Map<String, JsonNode> answers) {
        TreeSet<BigDecimal> figures = new TreeSet<>();
        for (RuleOutline rule : knowledgeBase.rules().outline()) {
            if (rule.patterns().stream().noneMatch(pattern -> question.id().equals(pattern.equalTo("question")))) {
                continue;
            }
            // the rules that read this figure compare it with literals, thresholds or the merchant's other figures
            for (PatternOutline pattern : rule.patterns()) {
                String threshold = "Threshold".equals(pattern.type()) ? pattern.equalTo("name") : null;
                if (threshold != null) {
                    knowledgeBase.thresholds().stream()
                            .filter(definition -> definition.id().equals(threshold) && definition.value() != null)
                            .forEach(definition -> figures.add(BigDecimal.valueOf(definition.value())));
                }
                String other = pattern.equalTo("question");
                if (other != null && !other.equals(question.id()) && answers.get(other) != null
                        && answers.get(other).isNumber()) {
                    figures.add(answers.get(other).decimalValue());
                }
                if (question.id().equals(other)) {
                    for (ConstraintOutline constraint : pattern.constraints()) {
                        if ("number".equals(constraint.field()) && constraint.literal()) {
                            figures.add(new BigDecimal(constraint.value()));
                        }
                    }
                }
            }
        }
        TreeSet<BigDecimal> candidates = new TreeSet<>();
        BigDecimal min = BigDecimal.valueOf(question.minimum());
        BigDecimal max = question.max() == null ? null : BigDecimal.valueOf(question.max());
        candidates.add(min);
        for (BigDecimal figure : figures) {
            for (BigDecimal candidate : List.of(figure.subtract(BigDecimal.ONE), figure, figure.add(BigDecimal.ONE))) {
                if (candidate.compareTo(min) >= 0 && (max == null || candidate.compareTo(max) <= 0)) {
                    candidates.add(candidate.stripTrailingZeros());
                }
            }
        }
        return candidates;
    }
}
