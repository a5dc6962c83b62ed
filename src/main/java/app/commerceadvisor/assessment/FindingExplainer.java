package app.commerceadvisor.assessment;

import app.commerceadvisor.assessment.AssessmentView.FindingView;
import app.commerceadvisor.engine.Answer;
import app.commerceadvisor.engine.Diagnosis;
import app.commerceadvisor.engine.ReasoningStep;
import app.commerceadvisor.engine.RuleOutline;
import app.commerceadvisor.engine.Threshold;
import app.commerceadvisor.knowledge.KnowledgeBase;
import app.commerceadvisor.pitfall.Pitfall;
import app.commerceadvisor.pitfall.RecommendationConflict;
import app.commerceadvisor.pitfall.SourceView;
import app.commerceadvisor.pitfall.Urgency;
import app.commerceadvisor.questionnaire.Question;
import app.commerceadvisor.questionnaire.StageFocus;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Turns the diagnoses of the engine into findings a participant can read: the pitfall's texts in the
 * report's language, the answers that led there, and the sources. A pitfall several rules found is one
 * finding, with what each of those rules rested on. Findings are listed in {@link FindingOrder}; a
 * recommendation that would contradict another found pitfall's is reworded as the catalogue's conflicts say.
 */
final class FindingExplainer {

    private final KnowledgeBase knowledgeBase;
    private final String language;
    private final Map<String, JsonNode> given;

    FindingExplainer(KnowledgeBase knowledgeBase, String language, Map<String, JsonNode> given) {
        this.knowledgeBase = knowledgeBase;
        this.language = language;
        this.given = given;
    }

    List<FindingView> explain(List<Diagnosis> diagnoses) {
        Map<String, List<Diagnosis>> byPitfall = new LinkedHashMap<>();
        for (Diagnosis diagnosis : diagnoses) {
            knowledgeBase.pitfalls().find(diagnosis.pitfall())
                    .orElseThrow(() -> new IllegalStateException("rule '" + diagnosis.rule()
                            + "' names pitfall '" + diagnosis.pitfall() + "', which the catalogue lacks"));
            byPitfall.computeIfAbsent(diagnosis.pitfall(), pitfall -> new ArrayList<>()).add(diagnosis);
        }
        List<FindingView> findings = new ArrayList<>();
        byPitfall.forEach((pitfall, found) -> findings.add(finding(knowledgeBase.pitfalls().find(pitfall).orElseThrow(),
                found.stream().sorted(Comparator.comparingInt(this::rulePosition)).toList(), byPitfall.keySet())));
        return new FindingOrder(knowledgeBase.pitfalls(), stageFocus()).order(findings);
    }

    /** The pitfall areas the merchant's stage puts first, from the questionnaire's stageFocus and the answer. */
    private List<String> stageFocus() {
        StageFocus focus = knowledgeBase.questionnaire().stageFocus();
        if (focus == null || given.get(focus.question()) == null || !given.get(focus.question()).isTextual()) {
            return List.of();
        }
        return focus.areasOf(given.get(focus.question()).asText());
    }

    /**
     * One finding for the pitfall, with what each of its rules rested on and all of it together, its
     * recommendation reworded where it yields to that of another pitfall {@code found} as well.
     */
    private FindingView finding(Pitfall pitfall, List<Diagnosis> found, Set<String> foundPitfalls) {
        SourceView source = pitfall.sources().isEmpty() ? null
                : SourceView.of(pitfall.sources().get(0), knowledgeBase, language);
        List<RuleEvidence> rules = found.stream().map(diagnosis -> ruleEvidence(diagnosis, source)).toList();
        Map<String, Evidence> evidence = new LinkedHashMap<>();
        Set<String> conclusions = new LinkedHashSet<>();
        Map<String, ThresholdValue> thresholds = new LinkedHashMap<>();
        for (RuleEvidence rule : rules) {
            rule.evidence().forEach(answer -> evidence.putIfAbsent(answer.question(), answer));
            conclusions.addAll(rule.conclusions());
            rule.thresholds().forEach(threshold -> thresholds.putIfAbsent(threshold.name(), threshold));
        }
        Optional<RecommendationConflict> yielding = knowledgeBase.pitfalls().yieldingConflict(pitfall.id(), foundPitfalls);
        Urgency urgency = found.stream()
                .map(diagnosis -> outline(diagnosis).map(RuleOutline::urgency).orElse(null))
                .filter(java.util.Objects::nonNull)
                .map(Urgency::of)
                .filter(raised -> raised.compareTo(pitfall.urgency()) < 0)
                .min(Comparator.naturalOrder())
                .orElse(pitfall.urgency());
        String rootCause = pitfall.rootCause() != null && foundPitfalls.contains(pitfall.rootCause())
                ? pitfall.rootCause() : null;
        return new FindingView(
                UUID.randomUUID(),
                rules.get(0).rule(),
                pitfall.id(),
                pitfall.severity().id(),
                knowledgeBase.questionnaire().severityLabel(pitfall.severity().id(), language),
                urgency.id(),
                knowledgeBase.questionnaire().urgencyLabel(urgency.id(), language),
                rootCause,
                pitfall.title().in(language),
                pitfall.explanation().in(language),
                yielding.map(conflict -> conflict.recommendation().in(language))
                        .orElseGet(() -> pitfall.recommendation().in(language)),
                yielding.map(RecommendationConflict::prevails).orElse(null),
                List.copyOf(evidence.values()),
                List.copyOf(conclusions),
                List.copyOf(thresholds.values()),
                pitfall.sources().stream().map(cited -> SourceView.of(cited, knowledgeBase, language)).toList(),
                rules);
    }

    private RuleEvidence ruleEvidence(Diagnosis diagnosis, SourceView source) {
        List<ReasoningStepView> reasoning = diagnosis.steps().stream().map(this::step).toList();
        return new RuleEvidence(
                diagnosis.rule(),
                title(diagnosis.rule()),
                diagnosis.evidence().stream().map(this::evidence).toList(),
                diagnosis.conclusions(),
                diagnosis.thresholds().stream()
                        .map(this::thresholdValue)
                        .toList(),
                reasoning,
                new ReasoningWriter(knowledgeBase.questionnaire(), language).write(reasoning, source));
    }

    private ReasoningStepView step(ReasoningStep step) {
        return new ReasoningStepView(step.rule(), title(step.rule()),
                step.answers().stream().map(this::evidence).toList(),
                step.thresholds().stream().map(this::thresholdValue).toList(),
                step.uses(), step.concludes());
    }

    /** The rule's title in the report's language, its name when it has none. */
    private String title(String rule) {
        return knowledgeBase.rules().outline(rule).map(outline -> outline.title(language)).orElse(rule);
    }

    /** Where the rule is written in the rule files; rules of one pitfall are listed in that order. */
    private int rulePosition(Diagnosis diagnosis) {
        List<RuleOutline> outline = knowledgeBase.rules().outline();
        for (int i = 0; i < outline.size(); i++) {
            if (outline.get(i).name().equals(diagnosis.rule())) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    private ThresholdValue thresholdValue(Threshold threshold) {
        return knowledgeBase.thresholds().stream()
                .filter(definition -> definition.id().equals(threshold.getName()))
                .findFirst()
                .map(definition -> new ThresholdValue(threshold.getName(), threshold.getValue(), definition.unit(),
                        definition.description() == null ? null : definition.description().in(language)))
                .orElseGet(() -> new ThresholdValue(threshold.getName(), threshold.getValue()));
    }

    private Optional<RuleOutline> outline(Diagnosis diagnosis) {
        return knowledgeBase.rules().outline(diagnosis.rule());
    }

    private Evidence evidence(Answer answer) {
        Question question = knowledgeBase.questionnaire().question(answer.getQuestion()).orElseThrow();
        JsonNode value = given.get(answer.getQuestion());
        return new Evidence(question.id(), question.text().in(language), value, answerText(question, answer));
    }

    private String answerText(Question question, Answer answer) {
        return switch (question.type()) {
            case YES_NO, SINGLE_CHOICE -> optionText(question, answer.getChoice());
            case MULTIPLE_CHOICE -> answer.getChoices().stream()
                    .map(choice -> optionText(question, choice))
                    .collect(Collectors.joining("; "));
            case NUMBER -> given.get(question.id()).asText();
            case TEXT -> answer.getText();
        };
    }

    private String optionText(Question question, String optionId) {
        return question.option(optionId).map(option -> option.text().in(language)).orElse(optionId);
    }
}
