package app.commerceadvisor.replay;

import app.commerceadvisor.assessment.AssessmentView.FindingView;
import app.commerceadvisor.assessment.Evidence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The difference between the findings of a stored report and those of a new evaluation, pitfall by
 * pitfall (several rules may name one pitfall; a pitfall is found when any of them fires). A pitfall
 * found both times has changed when its severity or the answers it rests on differ; its texts may be
 * reworded without that counting as a change.
 */
final class FindingDifference {

    private FindingDifference() {
    }

    static ReEvaluation of(UUID assessment, String storedVersion, String activeVersion,
            List<FindingView> before, List<FindingView> after) {
        Map<String, List<FindingView>> old = byPitfall(before);
        Map<String, List<FindingView>> now = byPitfall(after);
        List<FindingView> gained = after.stream().filter(finding -> !old.containsKey(finding.pitfall())).toList();
        List<FindingView> lost = before.stream().filter(finding -> !now.containsKey(finding.pitfall())).toList();
        List<ChangedFinding> changed = new ArrayList<>();
        now.forEach((pitfall, findings) -> {
            if (old.containsKey(pitfall)) {
                changed(pitfall, old.get(pitfall), findings).ifPresent(changed::add);
            }
        });
        return new ReEvaluation(assessment, storedVersion, activeVersion,
                gained.isEmpty() && lost.isEmpty() && changed.isEmpty(), gained, lost, changed, after);
    }

    private static Optional<ChangedFinding> changed(String pitfall, List<FindingView> before,
            List<FindingView> after) {
        String severityBefore = before.get(0).severity();
        String severityAfter = after.get(0).severity();
        List<Evidence> evidenceBefore = evidence(before);
        List<Evidence> evidenceAfter = evidence(after);
        List<String> changes = new ArrayList<>();
        if (!Objects.equals(severityBefore, severityAfter)) {
            changes.add("severity");
        }
        if (!answers(evidenceBefore).equals(answers(evidenceAfter))) {
            changes.add("evidence");
        }
        return changes.isEmpty() ? Optional.empty() : Optional.of(
                new ChangedFinding(pitfall, changes, severityBefore, severityAfter, evidenceBefore, evidenceAfter));
    }

    private static Map<String, List<FindingView>> byPitfall(List<FindingView> findings) {
        return findings.stream().collect(Collectors.groupingBy(FindingView::pitfall, LinkedHashMap::new, Collectors.toList()));
    }

    /** The answers the findings of one pitfall rest on, each question once, in the order they appear. */
    private static List<Evidence> evidence(List<FindingView> findings) {
        Map<String, Evidence> byQuestion = new LinkedHashMap<>();
        findings.stream().filter(finding -> finding.evidence() != null)
                .flatMap(finding -> finding.evidence().stream())
                .forEach(evidence -> byQuestion.putIfAbsent(evidence.question(), evidence));
        return List.copyOf(byQuestion.values());
    }

    /** Question and answer only: a reworded question or option text is not a change of evidence. */
    private static Map<String, Object> answers(List<Evidence> evidence) {
        Map<String, Object> answers = new LinkedHashMap<>();
        evidence.forEach(item -> answers.put(item.question(), item.answer()));
        return answers;
    }
}
