package app.commerceadvisor.whatif;

import app.commerceadvisor.assessment.Assessor;
import app.commerceadvisor.assessment.Assessor.Probed;
import app.commerceadvisor.assessment.AssessmentView.FindingView;
import app.commerceadvisor.assessment.Evidence;
import app.commerceadvisor.followup.AnswerLabels;
import app.commerceadvisor.followup.CandidateAnswers;
import app.commerceadvisor.http.InvalidInputException;
import app.commerceadvisor.knowledge.KnowledgeBase;
import app.commerceadvisor.pitfall.Severity;
import app.commerceadvisor.questionnaire.Question;
import app.commerceadvisor.questionnaire.Questionnaire;
import app.commerceadvisor.whatif.Remedies.AnswerChange;
import app.commerceadvisor.whatif.Remedies.Option;
import app.commerceadvisor.whatif.Remedies.Remedy;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds, for each finding, the smallest change of answers that clears it, by evaluating the real rules:
 * every other answer to every question, one at a time; where no single change clears a finding, every
 * pair of other answers to the questions the finding rests on. Among the changes that clear it, those
 * that bring about the fewest other findings come first. Findings of severity info (stage advice) are
 * information, not problems, and get no remedy.
 */
final class RemedyFinder {

    private static final int OPTIONS = 3;

    private final KnowledgeBase knowledgeBase;
    private final String language;
    private final CandidateAnswers candidates;
    private final AnswerLabels labels;

    RemedyFinder(KnowledgeBase knowledgeBase, String language) {
        this.knowledgeBase = knowledgeBase;
        this.language = language;
        this.candidates = new CandidateAnswers(knowledgeBase);
        this.labels = new AnswerLabels(knowledgeBase.questionnaire(), language);
    }

    List<Remedy> remedies(Map<String, JsonNode> answers, List<FindingView> findings) {
        Probed base = Assessor.probe(knowledgeBase, answers);
        Map<List<AnswerChange>, Set<String>> singles = new LinkedHashMap<>();
        for (Question question : knowledgeBase.questionnaire().questions()) {
            for (JsonNode candidate : candidates.of(question, answers)) {
                if (candidate.equals(answers.get(question.id()))) {
                    continue;
                }
                probe(answers, Map.of(question.id(), candidate))
                        .ifPresent(probed -> singles.put(List.of(change(question, candidate)), probed.pitfalls()));
            }
        }
        List<Remedy> remedies = new ArrayList<>();
        for (FindingView finding : findings) {
            if (Severity.INFO.id().equals(finding.severity())) {
                continue; // stage advice and other information are not problems to clear
            }
            Map<List<AnswerChange>, Set<String>> clearing = clearing(finding.pitfall(), singles);
            if (clearing.isEmpty()) {
                clearing = clearing(finding.pitfall(), pairs(answers, finding));
            }
            List<Option> options = clearing.entrySet().stream()
                    .map(entry -> new Option(entry.getKey(), entry.getValue().stream()
                            .filter(pitfall -> !base.pitfalls().contains(pitfall)).toList()))
                    .sorted(Comparator.comparingInt((Option option) -> option.alsoAppears().size()))
                    .limit(OPTIONS)
                    .toList();
            remedies.add(new Remedy(finding.pitfall(), finding.title(),
                    options.isEmpty() ? null : how(options.get(0)), options));
        }
        return remedies;
    }

    private static Map<List<AnswerChange>, Set<String>> clearing(String pitfall, Map<List<AnswerChange>, Set<String>> tried) {
        Map<List<AnswerChange>, Set<String>> clearing = new LinkedHashMap<>();
        tried.forEach((changes, pitfalls) -> {
            if (!pitfalls.contains(pitfall)) {
                clearing.put(changes, pitfalls);
            }
        });
        return clearing;
    }

    /** Every pair of other answers to two of the questions the finding rests on. */
    private Map<List<AnswerChange>, Set<String>> pairs(Map<String, JsonNode> answers, FindingView finding) {
        List<Question> questions = finding.evidence().stream().map(Evidence::question).distinct()
                .map(id -> knowledgeBase.questionnaire().question(id).orElseThrow()).toList();
        Map<List<AnswerChange>, Set<String>> tried = new LinkedHashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            for (int j = i + 1; j < questions.size(); j++) {
                Question first = questions.get(i);
                Question second = questions.get(j);
                for (JsonNode one : candidates.of(first, answers)) {
                    for (JsonNode other : candidates.of(second, answers)) {
                        if (one.equals(answers.get(first.id())) || other.equals(answers.get(second.id()))) {
                            continue;
                        }
                        probe(answers, Map.of(first.id(), one, second.id(), other)).ifPresent(probed -> tried.put(
                                List.of(change(first, one), change(second, other)), probed.pitfalls()));
                    }
                }
            }
        }
        return tried;
    }

    private Optional<Probed> probe(Map<String, JsonNode> answers, Map<String, JsonNode> changes) {
        Map<String, JsonNode> tried = new LinkedHashMap<>(answers);
        tried.putAll(changes);
        try {
            return Optional.of(Assessor.probe(knowledgeBase, tried));
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
    }

    private AnswerChange change(Question question, JsonNode answer) {
        return new AnswerChange(question.id(), question.text().in(language), answer, labels.of(question, answer));
    }

    private String how(Option option) {
        Questionnaire questionnaire = knowledgeBase.questionnaire();
        List<String> changes = new ArrayList<>();
        for (AnswerChange change : option.changes()) {
            changes.add(questionnaire.reportPhrase("changeTo", language)
                    .replace("{question}", change.questionText()).replace("{answer}", change.answerText()));
        }
        return questionnaire.reportPhrase("clearedWhen", language)
                .replace("{changes}", String.join(questionnaire.reportPhrase("and", language), changes));
    }
}
