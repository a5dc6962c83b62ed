package app.commerceadvisor.assessment;

import app.commerceadvisor.engine.Evaluation;
import app.commerceadvisor.http.WorkLimit;
import app.commerceadvisor.knowledge.ActiveKnowledgeBase;
import app.commerceadvisor.knowledge.KnowledgeBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/**
 * Assesses a merchant's answers against the active knowledge base and keeps the result. Checking and
 * evaluating happen outside any transaction; only the finished assessment is written.
 */
@ApplicationScoped
public class AssessmentService {

    private final ActiveKnowledgeBase knowledgeBase;
    private final AssessmentStore store;
    private final WorkLimit workLimit;

    AssessmentService(ActiveKnowledgeBase knowledgeBase, AssessmentStore store, WorkLimit workLimit) {
        this.knowledgeBase = knowledgeBase;
        this.store = store;
        this.workLimit = workLimit;
    }

    /** Validates, evaluates and stores; nothing is stored when the request is invalid. */
    public AssessmentView assess(AssessmentRequest request) {
        return workLimit.run(() -> {
            Assessment assessment = evaluate(request);
            store.add(assessment);
            return AssessmentView.of(assessment);
        });
    }

    private Assessment evaluate(AssessmentRequest request) {
        KnowledgeBase active = knowledgeBase.require();
        active.questionnaire().requireLanguage("language", request.language());
        ReadAnswers answers = AnswerReader.read(active.questionnaire(), request.answers());
        Evaluation evaluation = active.rules().evaluate(answers.facts(), active.thresholdFacts());

        Assessment assessment = new Assessment();
        assessment.id = UUID.randomUUID();
        assessment.participant = request.participant().strip();
        assessment.language = request.language();
        // stored with the precision the database keeps, so the answer and a later read agree
        assessment.createdAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        assessment.knowledgeBaseVersion = active.version();
        assessment.answers = answers.given();
        assessment.unanswered = answers.unanswered();
        new FindingExplainer(active, request.language(), answers.given())
                .explain(evaluation.diagnoses())
                .forEach(assessment::addFinding);
        return assessment;
    }

    public Optional<AssessmentView> find(UUID id) {
        return store.find(id);
    }
}
