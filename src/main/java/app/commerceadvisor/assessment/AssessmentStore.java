package app.commerceadvisor.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;

/** Keeps assessments: one transaction per write, committed to disk before the caller acknowledges it. */
@ApplicationScoped
class AssessmentStore {

    @Transactional
    void add(Assessment assessment) {
        assessment.persist();
    }

    /** The assessment with its findings loaded when it has no report of its own (stored before reports were kept). */
    @Transactional
    Optional<Assessment> find(UUID id) {
        Optional<Assessment> assessment = Assessment.findByIdOptional(id);
        assessment.filter(found -> found.report == null).ifPresent(found -> found.findings.size());
        return assessment;
    }
}
