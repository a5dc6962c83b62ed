package app.commerceadvisor.replay;

import app.commerceadvisor.assessment.AssessmentView;
import app.commerceadvisor.assessment.StoredAssessments;
import app.commerceadvisor.http.InvalidInputException;
import app.commerceadvisor.http.UnprocessableProblem;
import app.commerceadvisor.http.WorkLimit;
import app.commerceadvisor.knowledge.ActiveKnowledgeBase;
import app.commerceadvisor.knowledge.KnowledgeBaseLease;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/**
 * Evaluates one stored assessment again with the active version and says what differs from its stored
 * report. The stored assessment is left exactly as it was: nothing is written.
 */
@ApplicationScoped
public class ReEvaluator {

    private final StoredAssessments stored;
    private final ActiveKnowledgeBase knowledgeBase;
    private final WorkLimit workLimit;

    ReEvaluator(StoredAssessments stored, ActiveKnowledgeBase knowledgeBase, WorkLimit workLimit) {
        this.stored = stored;
        this.knowledgeBase = knowledgeBase;
        this.workLimit = workLimit;
    }

    /**
     * The difference for the assessment with this id; empty when there is none.
     *
     * @throws UnprocessableProblem naming each stored answer the active questionnaire no longer takes
     */
    public Optional<ReEvaluation> reEvaluate(UUID id) {
        return stored.find(id).map(assessment -> workLimit.run(() -> compare(assessment)));
    }

    private ReEvaluation compare(AssessmentView assessment) {
        try (KnowledgeBaseLease lease = knowledgeBase.lease()) {
            AssessmentView again;
            try {
                again = StoredAnswers.assessAgain(assessment, lease.knowledgeBase());
            } catch (InvalidInputException e) {
                throw UnprocessableProblem.storedAnswersNoLongerFit(lease.knowledgeBase().version(), e.errors());
            }
            return FindingDifference.of(assessment.id(), assessment.knowledgeBaseVersion(),
                    lease.knowledgeBase().version(), assessment.findings(), again.findings());
        }
    }
}
