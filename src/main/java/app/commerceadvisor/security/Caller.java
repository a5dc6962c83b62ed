package app.commerceadvisor.security;

import app.commerceadvisor.cohort.CohortMember;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
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
    private Optional<Snapshot> snapshot;

    /** The account and its cohorts at the time of the request. */
    public record Snapshot(UUID accountId, String username, Set<String> roles, UUID participantCohort,
            Set<UUID> coachedCohorts) {
    }

    Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** Empty for an anonymous request, or a signed-in name whose account is gone. */
    public Optional<Snapshot> get() {
        if (snapshot == null) {
            snapshot = identity.isAnonymous() ? Optional.empty() : QuarkusTransaction.joiningExisting().call(() -> Account
                    .byUsername(identity.getPrincipal().getName())
                    .map(account -> {
                        List<CohortMember> memberships = CohortMember.list("accountId", account.id);
                        UUID participantCohort = memberships.stream().filter(m -> Role.PARTICIPANT.equals(m.role))
                                .map(m -> m.cohortId).findFirst().orElse(null);
                        Set<UUID> coached = memberships.stream().filter(m -> Role.COACH.equals(m.role))
                                .map(m -> m.cohortId).collect(Collectors.toUnmodifiableSet());
                        return new Snapshot(account.id, account.username, Set.copyOf(account.roleList()),
                                participantCohort, coached);
                    }));
        }
        return snapshot;
    }

    public boolean is(String role) {
        return identity.hasRole(role);
    }
}
