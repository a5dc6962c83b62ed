package app.commerceadvisor.assessment;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;
import org.jboss.logging.Logger;

/**
 * Reads stored assessments back as reports, for evaluating them again; changes nothing. Reports kept
 * whole are read from their JSON, older assessments from their answers and findings' rows. Many are read
 * a batch at a time, each batch in a read-only transaction of its own, so no transaction stays open while
 * the caller works and no more than one batch is in memory.
 */
@ApplicationScoped
public class StoredAssessments {

    private static final Logger LOG = Logger.getLogger(StoredAssessments.class);

    private final EntityManager entityManager;
    private final ObjectReader reports;

    StoredAssessments(EntityManager entityManager, ObjectMapper json) {
        this.entityManager = entityManager;
        // a report written by an older release may lack a field or hold one this release does not know
        this.reports = json.readerFor(AssessmentView.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** The stored report of one assessment; its answers are null when the report holds none that can be read. */
    public Optional<AssessmentView> find(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> Optional
                .ofNullable(entityManager.find(Assessment.class, id, Map.of(HibernateHints.HINT_READ_ONLY, true)))
                .map(this::view));
    }

    /**
     * Up to {@code size} assessments stored no later than {@code until}, in id order, after the one with
     * id {@code after} (from the first when null); an empty list when there are no more.
     */
    public List<AssessmentView> batch(UUID after, Instant until, int size) {
        return QuarkusTransaction.requiringNew().call(() -> {
            TypedQuery<Assessment> query = entityManager.createQuery("from Assessment a where a.createdAt <= :until"
                            + (after == null ? "" : " and a.id > :after") + " order by a.id", Assessment.class)
                    .setParameter("until", until)
                    .setHint(HibernateHints.HINT_READ_ONLY, true)
                    .setMaxResults(size);
            if (after != null) {
                query.setParameter("after", after);
            }
            return query.getResultStream().map(this::view).toList();
        });
    }

    /**
     * The assessment as its report says, with what its own columns say of it (id, participant, language,
     * time, version) taken from them. A report that cannot be read gives a view without answers, with the
     * findings of its rows, so that one damaged row does not stop a replay of all the others.
     */
    private AssessmentView view(Assessment assessment) {
        if (assessment.report == null) {
            return AssessmentView.of(assessment); // stored before reports were kept: its findings load here
        }
        AssessmentView report;
        try {
            report = reports.readValue(assessment.report);
        } catch (IOException e) {
            LOG.warnf("The stored report of assessment %s cannot be read; its findings are taken from their rows",
                    assessment.id);
            return new AssessmentView(assessment.id, assessment.participant, assessment.language, assessment.createdAt,
                    assessment.revision, assessment.revisedAt, assessment.knowledgeBaseVersion, null, null, AssessmentView.of(assessment).findings(), List.of());
        }
        return new AssessmentView(assessment.id, assessment.participant, assessment.language, assessment.createdAt,
                assessment.revision, assessment.revisedAt, assessment.knowledgeBaseVersion, report.answers(), report.head(),
                report.findings() == null ? List.of() : report.findings(),
                report.unanswered() == null ? List.of() : report.unanswered());
    }
}
