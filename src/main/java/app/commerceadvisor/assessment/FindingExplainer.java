package app.commerceadvisor.assessment;

import app.commerceadvisor.assessment.AssessmentView.FindingView;
import app.commerceadvisor.engine.Answer;
import app.commerceadvisor.engine.Diagnosis;
import app.commerceadvisor.engine.RuleOutline;
import app.commerceadvisor.knowledge.KnowledgeBase;
import app.commerceadvisor.knowledge.Source;
import app.commerceadvisor.pitfall.Pitfall;
import app.commerceadvisor.questionnaire.Question;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Turns the diagnoses of the engine into findings a participant can read: the pitfall's texts in the
 * report's language, the answers that led there, and the sources. A pitfall several rules found is one
 * finding, with what each of those rules rested on. Most severe first; equal severities keep the order
 * of the pitfall catalogue.
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
                found.stream().sorted(Comparator.comparingInt(this::rulePosition)).toList())));
        findings.sort(Comparator
                .comparing((FindingView finding) -> knowledgeBase.pitfalls().find(finding.pitfall()).orElseThrow().severity())
                .thenComparingInt(finding -> knowledgeBase.pitfalls().position(finding.pitfall())));
        return findings;
    }

    /** One finding for the pitfall, with what each of its rules rested on and all of it together. */
    private FindingView finding(Pitfall pitfall, List<Diagnosis> found) {
        List<RuleEvidence> rules = found.stream().map(this::ruleEvidence).toList();
        Map<String, Evidence> evidence = new LinkedHashMap<>();
        Set<String> conclusions = new LinkedHashSet<>();
        Map<String, ThresholdValue> thresholds = new LinkedHashMap<>();
        for (RuleEvidence rule : rules) {
            rule.evidence().forEach(answer -> evidence.putIfAbsent(answer.question(), answer));
            conclusions.addAll(rule.conclusions());
            rule.thresholds().forEach(threshold -> thresholds.putIfAbsent(threshold.name(), threshold));
        }
        return new FindingView(
                UUID.randomUUID(),
                rules.get(0).rule(),
                pitfall.id(),
                pitfall.severity().id(),
                knowledgeBase.questionnaire().severityLabel(pitfall.severity().id(), language),
                pitfall.title().in(language),
                pitfall.explanation().in(language),
                pitfall.recommendation().in(language),
                List.copyOf(evidence.values()),
                List.copyOf(conclusions),
                List.copyOf(thresholds.values()),
                pitfall.sources().stream().map(this::source).toList(),
                rules);
    }

    /** The source with its document's title in the report's language. */
    private SourceView source(Source source) {
        String title = knowledgeBase.document(source.document())
                .map(document -> document.title().in(language))
                .orElseThrow(() -> new IllegalStateException("a source cites document '" + source.document()
                        + "', which documents.yaml lacks"));
        return new SourceView(source.document(), source.section(), title);
    }

    private RuleEvidence ruleEvidence(Diagnosis diagnosis) {
        return new RuleEvidence(
                diagnosis.rule(),
                diagnosis.evidence().stream().map(this::evidence).toList(),
                diagnosis.conclusions(),
                diagnosis.thresholds().stream()
                        .map(threshold -> new ThresholdValue(threshold.getName(), threshold.getValue()))
                        .toList());
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
