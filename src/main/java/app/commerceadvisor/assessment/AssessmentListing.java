package app.commerceadvisor.assessment;

import app.commerceadvisor.security.Account;
import app.commerceadvisor.security.Caller;
import app.commerceadvisor.security.Role;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The assessments a caller may read, newest first: a participant's own, those of the cohorts a coach
 * coaches, every one for a trainer; narrowed to one participant's account or one cohort when asked.
 */
@ApplicationScoped
public class AssessmentListing {

    static final int MAX = 500;

    private final EntityManager entityManager;

    AssessmentListing(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<AssessmentSummary> visibleTo(Caller.Snapshot caller, String participant, UUID cohort) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<String> where = new ArrayList<>();
            Map<String, Object> parameters = new HashMap<>();
            if (!caller.roles().contains(Role.TRAINER)) {
                Set<UUID> coached = caller.roles().contains(Role.COACH) ? caller.coachedCohorts() : Set.of();
                where.add(coached.isEmpty() ? "a.ownerId = :me" : "(a.ownerId = :me or a.cohortId in :coached)");
                parameters.put("me", caller.accountId());
                if (!coached.isEmpty()) {
                    parameters.put("coached", coached);
                }
            }
            if (participant != null) {
                UUID owner = Account.byUsername(participant).map(account -> account.id).orElse(null);
                where.add(owner == null ? "1 = 0" : "a.ownerId = :owner");
                if (owner != null) {
                    parameters.put("owner", owner);
                }
            }
            if (cohort != null) {
                where.add("a.cohortId = :cohort");
                parameters.put("cohort", cohort);
            }
            TypedQuery<Object[]> query = entityManager.createQuery("select a.id, a.participant, a.ownerId, a.cohortId, "
                    + "a.language, a.createdAt, a.revision, a.knowledgeBaseVersion, size(a.findings) from Assessment a"
                    + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                    + " order by a.createdAt desc", Object[].class).setMaxResults(MAX);
            parameters.forEach(query::setParameter);
            List<Object[]> rows = query.getResultList();
            Map<UUID, String> names = Account.usernames(rows.stream().map(row -> (UUID) row[2]).toList());
            return rows.stream().map(row -> new AssessmentSummary((UUID) row[0], (String) row[1],
                    row[2] == null ? null : names.get((UUID) row[2]), (UUID) row[3], (String) row[4], (Instant) row[5],
                    (Integer) row[6], (String) row[7], ((Number) row[8]).intValue(), "/api/assessments/" + row[0]))
                    .toList();
        });
    }
}
