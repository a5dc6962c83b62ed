package app.commerceadvisor.assessment;

import app.commerceadvisor.assessment.AssessmentView.FindingView;
import app.commerceadvisor.engine.Answer;
import app.commerceadvisor.engine.Diagnosis;
import app.commerceadvisor.knowledge.KnowledgeBase;
import app.commerceadvisor.pitfall.Pitfall;
import app.commerceadvisor.questionnaire.Question;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Turns the diagnoses of the engine into findings a participant can read: the pitfall's texts in the
 * report's language, the answers that led there, and the sources. Most severe first; equal severities
 * keep the order of the pitfall catalogue.
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
        List<FindingView> findings = new ArrayList<>();
        for (Diagnosis diagnosis : diagnoses) {
            Pitfall pitfall = knowledgeBase.pitfalls().find(diagnosis.pitfall())
                    .orElseThrow(() -> new IllegalStateException("rule '" + diagnosis.rule()
                            + "' names pitfall '" + diagnosis.pitfall() + "', which the catalogue lacks"));
            findings.add(finding(diagnosis, pitfall));
        }
        findings.sort(Comparator
                .comparing((FindingView finding) -> knowledgeBase.pitfalls().find(finding.pitfall()).orElseThrow().severity())
                .thenComparingInt(finding -> knowledgeBase.pitfalls().position(finding.pitfall())));
        return findings;
    }

    private FindingView finding(Diagnosis diagnosis, Pitfall pitfall) {
        return new FindingView(
                UUID.randomUUID(),
                diagnosis.rule(),
                pitfall.id(),
                pitfall.severity().id(),
                pitfall.title().in(language),
                pitfall.explanation().in(language),
                pitfall.recommendation().in(language),
                diagnosis.evidence().stream().map(this::evidence).toList(),
                diagnosis.conclusions(),
                diagnosis.thresholds().stream()
                        .map(threshold -> new ThresholdValue(threshold.getName(), threshold.getValue()))
                        .toList(),
                pitfall.sources());
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
