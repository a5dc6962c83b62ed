package app.commerceadvisor.assessment;

import app.commerceadvisor.http.WorkLimit;
import app.commerceadvisor.knowledge.ActiveKnowledgeBase;
import app.commerceadvisor.knowledge.KnowledgeBaseLease;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Assesses a merchant's answers against the active knowledge base (through {@link Assessor}) and keeps the result. Checking,
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
            return Assessor.assess(request, lease.knowledgeBase(), UUID.randomUUID(), Instant.now()).view();
        }
    }

    private byte[] write(AssessmentView view) {
        try {
            return json.writeValueAsBytes(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the report of assessment " + view.id(), e);
        }
    }
}
