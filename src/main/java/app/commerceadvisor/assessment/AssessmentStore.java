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

    @Transactional
    Optional<AssessmentView> find(UUID id) {
        return Assessment.<Assessment>findByIdOptional(id).map(AssessmentView::of);
    }
}
