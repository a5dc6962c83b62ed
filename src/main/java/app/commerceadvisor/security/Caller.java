package app.commerceadvisor.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Who makes the current request, as the service needs it: the account, its roles, the cohort it takes part
 * in and the cohorts it coaches. Read once per request.
 */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;
    private final EntityManager entityManager;
    private Optional<Snapshot> snapshot;

    /** The account and its cohorts at the time of the request. */
    public record Snapshot(UUID accountId, String username, Set<String> roles, UUID participantCohort,
            Set<UUID> coachedCohorts) {

        /** Whether the account sees a cohort's assessments as a whole: a trainer sees all, a coach those they coach. */
        public boolean oversees(UUID cohort) {
            return roles.contains(Role.TRAINER) || (cohort != null && roles.contains(Role.COACH)
                    && coachedCohorts.contains(cohort));
        }
    }

    Caller(SecurityIdentity identity, EntityManager entityManager) {
        this.identity = identity;
        this.entityManager = entityManager;
    }

    /** Empty for an anonymous request, or a signed-in name whose account is gone. */
    public Optional<Snapshot> get() {
        if (snapshot == null) {
            snapshot = identity.isAnonymous() ? Optional.empty() : read(identity.getPrincipal().getName());
        }
        return snapshot;
    }

    /** The account and its memberships in one query: every signed-in request reads them. */
    private Optional<Snapshot> read(String username) {
        List<Object[]> rows = entityManager.createQuery("select a.id, a.roles, m.cohortId, m.role from Account a "
                + "left join CohortMember m on m.accountId = a.id where a.username = :username", Object[].class)
                .setParameter("username", username).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        UUID participantCohort = null;
        Set<UUID> coached = new java.util.HashSet<>();
        for (Object[] row : rows) {
            if (Role.PARTICIPANT.equals(row[3])) {
                participantCohort = (UUID) row[2];
            } else if (Role.COACH.equals(row[3])) {
                coached.add((UUID) row[2]);
            }
        }
        Set<String> roles = java.util.Arrays.stream(((String) rows.get(0)[1]).split(",")).map(String::strip)
                .filter(role -> !role.isEmpty()).collect(Collectors.toUnmodifiableSet());
        return Optional.of(new Snapshot((UUID) rows.get(0)[0], username, roles, participantCohort, Set.copyOf(coached)));
    }

    /**
     * The signed-in caller, for endpoints that take no anonymous calls.
     *
     * @throws io.quarkus.security.UnauthorizedException when the request is anonymous or its account is gone
     */
    public Snapshot require() {
        return get().orElseThrow(io.quarkus.security.UnauthorizedException::new);
    }
}
