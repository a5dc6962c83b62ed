package app.commerceadvisor.followup;

import app.commerceadvisor.assessment.AssessmentRequest;
import app.commerceadvisor.assessment.AssessmentView.FindingView;
import app.commerceadvisor.assessment.Assessor;
import app.commerceadvisor.http.FieldProblem;
import app.commerceadvisor.http.InvalidInputException;
import app.commerceadvisor.http.WorkLimit;
import app.commerceadvisor.knowledge.ActiveKnowledgeBase;
import app.commerceadvisor.knowledge.KnowledgeBase;
import app.commerceadvisor.knowledge.KnowledgeBaseLease;
import app.commerceadvisor.questionnaire.QuestionnaireView;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * The interview, one question at a time, held by the client: each step gets the answers so far and the
 * questions skipped, and answers with the most decisive question left. Nothing is stored until the
 * answers are submitted as an assessment.
 */
@ApplicationScoped
public class Interviews {

    private final ActiveKnowledgeBase knowledgeBase;
    private final WorkLimit workLimit;

    Interviews(ActiveKnowledgeBase knowledgeBase, WorkLimit workLimit) {
        this.knowledgeBase = knowledgeBase;
        this.workLimit = workLimit;
    }

    /** @throws InvalidInputException naming each field at fault: the language, an answer, a skipped id */
    public InterviewStep next(InterviewRequest request) {
        return workLimit.run(() -> {
            try (KnowledgeBaseLease lease = knowledgeBase.lease()) {
                KnowledgeBase active = lease.knowledgeBase();
                active.questionnaire().requireLanguage("language", request.language());
                List<FieldProblem> unknown = new ArrayList<>();
                for (int i = 0; i < request.skipped().size(); i++) {
                    String id = request.skipped().get(i);
                    if (active.questionnaire().question(id).isEmpty()) {
                        unknown.add(new FieldProblem("skipped[" + i + "]", m -> m.unknownQuestion(id)));
                    }
                }
                List<FindingView> findings;
                try {
                    findings = Assessor.assess(new AssessmentRequest("interview", request.language(), request.answers()),
                            active, UUID.randomUUID(), Instant.now()).view().findings();
                } catch (InvalidInputException e) {
                    List<FieldProblem> all = new ArrayList<>(e.errors());
                    all.addAll(unknown);
                    throw new InvalidInputException(all); // every field at fault at once
                }
                if (!unknown.isEmpty()) {
                    throw new InvalidInputException(unknown);
                }
                var next = new FollowUpFinder(active, request.language())
                        .next(request.answers(), new LinkedHashSet<>(request.skipped()), request.language());
                return new InterviewStep(active.version(), request.language(), next.isEmpty(),
                        next.map(question -> QuestionnaireView.question(
                                active.questionnaire().question(question.question()).orElseThrow(), request.language()))
                                .orElse(null),
                        next.map(FollowUp.QuestionToAsk::decides).orElse(List.of()),
                        (int) request.answers().values().stream().filter(value -> value != null && !value.isNull()).count(),
                        findings.stream().map(FindingView::pitfall).toList());
            }
        });
    }
}
