package app.commerceadvisor.assessment;

import app.commerceadvisor.assessment.AssessmentView.FindingView;
import app.commerceadvisor.engine.Evaluation;
import app.commerceadvisor.http.WorkLimit;
import app.commerceadvisor.knowledge.ActiveKnowledgeBase;
import app.commerceadvisor.knowledge.KnowledgeBase;
import app.commerceadvisor.knowledge.KnowledgeBaseLease;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Assesses a merchant's answers against the active knowledge base and keeps the result. Checking,
 * evaluating and writing the report happen outside any transaction; only the finished assessment is
 * stored, and the report is answered as the very bytes that were stored.
 */
@ApplicationScoped
public class AssessmentService {

    private final ActiveKnowledgeBase knowledgeBase;
    private final AssessmentStore store;
    private final WorkLimit workLimit;
    private final ObjectMapper json;

    AssessmentService(ActiveKnowledgeBase knowledgeBase, AssessmentStore store, WorkLimit workLimit, ObjectMapper json) {
        this.knowledgeBase = knowledgeBase;
        this.store = store;
        this.workLimit = workLimit;
        this.json = json;
    }

    /** Validates, evaluates and stores; nothing is stored when the request is invalid. */
    public Report assess(AssessmentRequest request) {
        return workLimit.run(() -> {
            AssessmentView view = evaluate(request);
            byte[] report = write(view);
            store.add(Assessment.of(view, report));
            return new Report(view.id(), report);
        });
    }

    /** The report of a stored assessment, exactly as it was answered when the assessment was made. */
    public Optional<Report> find(UUID id) {
        return store.find(id).map(assessment -> new Report(assessment.id,
                assessment.report != null ? assessment.report : write(AssessmentView.of(assessment))));
    }

    private AssessmentView evaluate(AssessmentRequest request) {
        try (KnowledgeBaseLease lease = knowledgeBase.lease()) {
            return evaluate(request, lease.knowledgeBase());
        }
    }

    private static AssessmentView evaluate(AssessmentRequest request, KnowledgeBase active) {
        active.questionnaire().requireLanguage("language", request.language());
        ReadAnswers answers = AnswerReader.read(active.questionnaire(), request.answers());
        Evaluation evaluation = active.rules().evaluate(answers.facts(), active.thresholdFacts());
        List<FindingView> findings = new FindingExplainer(active, request.language(), answers.given())
                .explain(evaluation.diagnoses());
        return new AssessmentView(
                UUID.randomUUID(),
                request.participant().strip(),
                request.language(),
                // with the precision the database keeps, as every timestamp of the service
                Instant.now().truncatedTo(ChronoUnit.MILLIS),
                active.version(),
                answers.given(),
                findings,
                answers.unanswered());
    }

    private byte[] write(AssessmentView view) {
        try {
            return json.writeValueAsBytes(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the report of assessment " + view.id(), e);
        }
    }
}
