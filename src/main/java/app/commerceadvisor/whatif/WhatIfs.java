package app.commerceadvisor.whatif;

import app.commerceadvisor.assessment.AnswerChanges;
import app.commerceadvisor.assessment.AssessmentView;
import app.commerceadvisor.assessment.AssessmentView.FindingView;
import app.commerceadvisor.assessment.Assessor;
import app.commerceadvisor.assessment.StoredAssessments;
import app.commerceadvisor.http.InvalidInputException;
import app.commerceadvisor.http.UnprocessableProblem;
import app.commerceadvisor.http.WorkLimit;
import app.commerceadvisor.knowledge.ActiveKnowledgeBase;
import app.commerceadvisor.knowledge.KnowledgeBase;
import app.commerceadvisor.knowledge.KnowledgeBaseLease;
import app.commerceadvisor.whatif.WhatIf.Change;
import app.commerceadvisor.whatif.WhatIf.Move;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What-if questions about a stored assessment, answered with the active version and stored nowhere: the
 * findings with some answers changed, and for each finding the smallest change that clears it.
 */
@ApplicationScoped
public class WhatIfs {

    private final StoredAssessments stored;
    private final ActiveKnowledgeBase knowledgeBase;
    private final WorkLimit workLimit;

    WhatIfs(StoredAssessments stored, ActiveKnowledgeBase knowledgeBase, WorkLimit workLimit) {
        this.stored = stored;
        this.knowledgeBase = knowledgeBase;
        this.workLimit = workLimit;
    }

    /**
     * @throws InvalidInputException naming each changed answer the questionnaire does not take
     * @throws UnprocessableProblem  when the stored answers no longer fit the active questionnaire
     */
    public Optional<WhatIf> whatIf(UUID id, AnswerChanges changes) {
        return stored.find(id).map(assessment -> workLimit.run(() -> {
            try (KnowledgeBaseLease lease = knowledgeBase.lease()) {
                KnowledgeBase active = lease.knowledgeBase();
                List<FindingView> before = again(assessment, assessment.language(), active).findings();
                Map<String, JsonNode> merged = changes.appliedTo(assessment.answers(), active);
                List<FindingView> after = Assessor.again(assessment, assessment.language(), merged, active).findings();
                return difference(assessment.id(), active.version(), before, after);
            }
        }));
    }

    /**
     * @param language null for the assessment's own
     * @throws InvalidInputException naming {@code lang} when the questionnaire is not written in it
     * @throws UnprocessableProblem  when the stored answers no longer fit the active questionnaire
     */
    public Optional<Remedies> remedies(UUID id, String language) {
        return stored.find(id).map(assessment -> workLimit.run(() -> {
            try (KnowledgeBaseLease lease = knowledgeBase.lease()) {
                KnowledgeBase active = lease.knowledgeBase();
                String lang = language == null ? assessment.language() : language;
                active.questionnaire().requireLanguage("lang", lang);
                AssessmentView now = again(assessment, lang, active);
                return new Remedies(assessment.id(), active.version(), lang,
                        new RemedyFinder(active, lang).remedies(assessment.answers(), now.findings()));
            }
        }));
    }

    /** The stored answers on the active version, in {@code language}; 422 when they no longer fit it. */
    private static AssessmentView again(AssessmentView assessment, String language, KnowledgeBase active) {
        try {
            return Assessor.again(assessment, language, assessment.answers(), active);
        } catch (InvalidInputException e) {
            throw UnprocessableProblem.storedAnswersNoLongerFit(active.version(), e.errors());
        }
    }

    private static WhatIf difference(UUID id, String version, List<FindingView> before, List<FindingView> after) {
        Map<String, FindingView> old = byPitfall(before);
        Map<String, FindingView> now = byPitfall(after);
        List<FindingView> appear = after.stream().filter(finding -> !old.containsKey(finding.pitfall())).toList();
        List<FindingView> disappear = before.stream().filter(finding -> !now.containsKey(finding.pitfall())).toList();
        List<Change> change = new ArrayList<>();
        now.forEach((pitfall, finding) -> {
            FindingView was = old.get(pitfall);
            if (was != null) {
                List<String> changes = changes(was, finding);
                if (!changes.isEmpty()) {
                    change.add(new Change(pitfall, finding.title(), changes));
                }
            }
        });
        Set<String> pitfalls = new LinkedHashSet<>(old.keySet());
        pitfalls.addAll(now.keySet());
        List<String> oldOrder = List.copyOf(old.keySet());
        List<String> newOrder = List.copyOf(now.keySet());
        List<Move> priorities = pitfalls.stream()
                .map(pitfall -> new Move(pitfall, (now.containsKey(pitfall) ? now : old).get(pitfall).title(),
                        oldOrder.contains(pitfall) ? oldOrder.indexOf(pitfall) + 1 : null,
                        newOrder.contains(pitfall) ? newOrder.indexOf(pitfall) + 1 : null))
                .toList();
        return new WhatIf(id, version, appear, disappear, change, priorities, after);
    }

    private static List<String> changes(FindingView before, FindingView after) {
        List<String> changes = new ArrayList<>();
        if (!Objects.equals(before.urgency(), after.urgency())) {
            changes.add("urgency");
        }
        if (!Objects.equals(before.severity(), after.severity())) {
            changes.add("severity");
        }
        if (!answers(before).equals(answers(after))) {
            changes.add("evidence");
        }
        if (!Objects.equals(before.recommendation(), after.recommendation())) {
            changes.add("recommendation");
        }
        return changes;
    }

    private static Map<String, JsonNode> answers(FindingView finding) {
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        finding.evidence().forEach(evidence -> answers.put(evidence.question(), evidence.answer()));
        return answers;
    }

    private static Map<String, FindingView> byPitfall(List<FindingView> findings) {
        return findings.stream().collect(Collectors.toMap(FindingView::pitfall, Function.identity(),
                (first, second) -> first, LinkedHashMap::new));
    }
}
