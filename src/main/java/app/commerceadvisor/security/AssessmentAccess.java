package app.commerceadvisor.security;

import app.commerceadvisor.http.ForbiddenProblem;
import app.commerceadvisor.http.NotFoundProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Who may read or change a stored assessment: its owner reads and changes it; a coach reads the assessments
 * of the cohorts they coach; a trainer reads every one. Anyone else is told it does not exist, so that
 * whether an id is in use does not leak.
 */
@ApplicationScoped
public class AssessmentAccess {

    /** Whose an assessment is: the account that submitted it and that participant's cohort then. */
    public record Belonging(UUID owner, UUID cohort) {
    }

    private final EntityManager entityManager;

    AssessmentAccess(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** @throws NotFoundProblem when the caller may not read the assessment (or there is none: the resource says so) */
    public void requireReadable(UUID id, Caller.Snapshot caller) {
        Optional<Belonging> belonging = belonging(id);
        if (belonging.isPresent() && !readable(belonging.get(), caller)) {
            throw NotFoundProblem.assessment(id.toString());
        }
    }

    /**
     * @throws NotFoundProblem  when the caller may not even read it
     * @throws ForbiddenProblem when the caller reads it but is not its owner
     */
    public void requireOwned(UUID id, Caller.Snapshot caller) {
        Optional<Belonging> belonging = belonging(id);
        if (belonging.isEmpty()) {
            return;
        }
        if (!readable(belonging.get(), caller)) {
            throw NotFoundProblem.assessment(id.toString());
        }
        if (!caller.accountId().equals(belonging.get().owner())) {
            throw new ForbiddenProblem(messages -> messages.onlyTheOwnerChangesAnswers());
        }
    }

    /** Whether the caller submitted the assessment, and so may change its answers. */
    public boolean owns(UUID id, Caller.Snapshot caller) {
        return belonging(id).map(found -> caller.accountId().equals(found.owner())).orElse(false);
    }

    public static boolean readable(Belonging belonging, Caller.Snapshot caller) {
        return caller.accountId().equals(belonging.owner()) || caller.oversees(belonging.cohort());
    }

    private Optional<Belonging> belonging(UUID id) {
        // a read outside any transaction: Hibernate's request-scoped session serves it
        List<Object[]> rows = entityManager.createQuery("select a.ownerId, a.cohortId from Assessment a where a.id = :id",
                Object[].class).setParameter("id", id).getResultList();
        return rows.stream().findFirst().map(row -> new Belonging((UUID) row[0], (UUID) row[1]));
    }
}
