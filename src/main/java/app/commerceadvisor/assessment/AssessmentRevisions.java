package app.commerceadvisor.assessment;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Keeps the revisions of assessments. A new revision replaces the assessment's report and findings' rows
 * and keeps the report it replaces as an {@link AssessmentRevision}, in one transaction committed to disk
 * before {@link #replace} returns, so an acknowledged change survives a crash as an acknowledged
 * assessment does.
 */
@ApplicationScoped
class AssessmentRevisions {

    /** One revision as listed: its number, when it was made, with which version, how many findings. */
    record Listed(int revision, Instant madeAt, String knowledgeBaseVersion) {
    }

    private final EntityManager entityManager;

    AssessmentRevisions(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Makes {@code next} the assessment's latest revision, if the assessment is still at {@code expected};
     * false (and nothing changed) when another change came first.
     *
     * @param writer writes the report being replaced, for an assessment stored before reports were kept whole
     */
    boolean replace(UUID id, int expected, AssessmentView next, byte[] nextReport, Function<AssessmentView, byte[]> writer) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Assessment assessment = entityManager.find(Assessment.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (assessment == null || assessment.revision != expected) {
                return false;
            }
            AssessmentRevision earlier = new AssessmentRevision();
            earlier.assessmentId = id;
            earlier.revision = assessment.revision;
            earlier.madeAt = assessment.revisedAt != null ? assessment.revisedAt : assessment.createdAt;
            earlier.knowledgeBaseVersion = assessment.knowledgeBaseVersion;
            earlier.report = assessment.report != null ? assessment.report : writer.apply(AssessmentView.of(assessment));
            entityManager.persist(earlier);

            assessment.revision = next.revision();
            assessment.revisedAt = next.revisedAt();
            assessment.knowledgeBaseVersion = next.knowledgeBaseVersion();
            assessment.report = nextReport;
            assessment.answers = null;
            assessment.unanswered = null;
            assessment.findings.clear();
            // the old rows go before the new ones take their positions (unique per assessment)
            entityManager.flush();
            Assessment.of(next, nextReport, assessment.ownerId, assessment.cohortId).findings.forEach(row -> {
                row.assessment = assessment;
                assessment.findings.add(row);
                entityManager.persist(row);
            });
            return true;
        });
    }

    /** Every revision of the assessment, the latest first; empty when there is no such assessment. */
    List<Listed> list(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Assessment assessment = entityManager.find(Assessment.class, id);
            if (assessment == null) {
                return List.of();
            }
            List<Listed> all = new ArrayList<>();
            all.add(new Listed(assessment.revision,
                    assessment.revisedAt != null ? assessment.revisedAt : assessment.createdAt,
                    assessment.knowledgeBaseVersion));
            entityManager.createQuery("select r.revision, r.madeAt, r.knowledgeBaseVersion from AssessmentRevision r"
                            + " where r.assessmentId = :id", Object[].class)
                    .setParameter("id", id).getResultStream()
                    .forEach(row -> all.add(new Listed((Integer) row[0], (Instant) row[1], (String) row[2])));
            all.sort(Comparator.comparingInt(Listed::revision).reversed());
            return all;
        });
    }

    /** The report of an earlier revision, as it was answered. */
    Optional<byte[]> report(UUID id, int revision) {
        return QuarkusTransaction.requiringNew().call(() -> Optional
                .ofNullable(entityManager.find(AssessmentRevision.class, new AssessmentRevision.Key(id, revision)))
                .map(found -> found.report));
    }
}
