package app.commerceadvisor.trainer;

import app.commerceadvisor.assessment.AssessmentView.FindingView;
import app.commerceadvisor.assessment.Assessor.Assessed;
import app.commerceadvisor.http.FieldProblem;
import app.commerceadvisor.http.InvalidInputException;
import app.commerceadvisor.knowledge.ContentProblem;
import app.commerceadvisor.knowledge.KnowledgeBase;
import app.commerceadvisor.knowledge.LineLocator;
import app.commerceadvisor.knowledge.scenario.Scenario;
import app.commerceadvisor.knowledge.scenario.ScenarioReader.ScenarioFile;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A blank answer is unknown, never "no": leaving a question unanswered must never add a finding. For
 * every scenario and every question it answers, this evaluates the scenario again with that answer left
 * out (and the follow-ups it alone made visible) and reports each finding that appears only then, at the
 * scenario's line for that answer. Such a finding rests on something the merchant did not say, typically
 * a rule that reads a missing answer as a "no" through {@code not Conclusion(...)} on a conclusion drawn
 * from that answer.
 *
 * <p>Two kinds are notes, not problems: a finding of severity {@code info} (stage advice, which claims
 * no gap and stays silent only when answers show the stage's capabilities in place), and a finding that
 * appears because the blank removed a contradiction ({@code …-contradicted}) which kept it back: it then
 * rests on the answers that are left. Any other is a problem.
 */
final class BlankAnswerCheck {

    private final KnowledgeBase knowledgeBase;
    private final CheckReport report;

    BlankAnswerCheck(KnowledgeBase knowledgeBase, CheckReport report) {
        this.knowledgeBase = knowledgeBase;
        this.report = report;
    }

    /** {@code assessed}: each scenario with its evaluation as given, from {@link ScenarioCheck#assessed()}. */
    void run(Map<ScenarioFile, Assessed> assessed) {
        assessed.forEach(this::run);
    }

    private void run(ScenarioFile file, Assessed before) {
        Scenario scenario = file.scenario();
        Set<String> found = before.view().findings().stream().map(FindingView::pitfall).collect(Collectors.toSet());
        // per added pitfall: the questions whose blank adds it, and whether each only lifted a contradiction
        Map<FindingView, List<String>> added = new LinkedHashMap<>();
        Map<String, FindingView> byPitfall = new LinkedHashMap<>();
        Map<String, Boolean> onlyLiftsAContradiction = new LinkedHashMap<>();
        for (String question : scenario.answers().keySet()) {
            JsonNode answer = scenario.answers().get(question);
            if (answer == null || answer.isNull()) {
                continue;
            }
            Map<String, JsonNode> blanked = new LinkedHashMap<>(scenario.answers());
            blanked.remove(question);
            Optional<Assessed> after = evaluate(scenario, blanked);
            if (after.isEmpty()) {
                continue;
            }
            boolean liftsContradiction = before.evaluation().conclusions().stream()
                    .anyMatch(conclusion -> conclusion.endsWith("-contradicted")
                            && !after.get().evaluation().conclusions().contains(conclusion));
            for (FindingView finding : after.get().view().findings()) {
                if (found.contains(finding.pitfall())) {
                    continue;
                }
                FindingView first = byPitfall.computeIfAbsent(finding.pitfall(), pitfall -> finding);
                added.computeIfAbsent(first, key -> new ArrayList<>()).add(question);
                onlyLiftsAContradiction.merge(finding.pitfall(), liftsContradiction, Boolean::logicalAnd);
            }
        }
        LineLocator lines = new LineLocator(file.file());
        added.forEach((finding, questions) -> {
            String blanks = questions.stream().map(question -> "'" + question + "'").collect(Collectors.joining(", "));
            String what = "scenario '" + scenario.name() + "': leaving " + (questions.size() == 1 ? "" : "any of ")
                    + blanks + " blank adds '" + finding.pitfall() + "' (rule \"" + finding.rule() + "\")";
            ContentProblem at = new ContentProblem(file.file().toString(), lines.lineOfKey(questions.get(0)), what
                    + (onlyLiftsAContradiction.get(finding.pitfall())
                            ? ": the blank removes a contradiction, and the finding rests on the answers left"
                            : "info".equals(finding.severity())
                                    ? ": advice shown when the answers do not show the stage's capabilities in place"
                                    : ": a blank answer must never add a finding"));
            if (onlyLiftsAContradiction.get(finding.pitfall()) || "info".equals(finding.severity())) {
                report.notes.add(at);
            } else {
                report.blankAnswers.add(at);
            }
        });
    }

    /**
     * The findings for these answers; answers to follow-ups that a blanked question alone made visible
     * are left out too, as a participant's form would drop them.
     */
    private Optional<Assessed> evaluate(Scenario scenario, Map<String, JsonNode> answers) {
        Map<String, JsonNode> given = new LinkedHashMap<>(answers);
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                return Optional.of(ScenarioCheck.assess(knowledgeBase, scenario, given));
            } catch (InvalidInputException e) {
                List<String> wrong = e.errors().stream().map(FieldProblem::field)
                        .filter(field -> field.startsWith("answers."))
                        .map(field -> field.substring("answers.".length()))
                        .collect(Collectors.toList());
                if (wrong.isEmpty() || !given.keySet().removeAll(wrong)) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
