package app.commerceadvisor.cohort;

import app.commerceadvisor.http.ConflictProblem;
import app.commerceadvisor.http.InvalidInputException;
import app.commerceadvisor.http.NotFoundProblem;
import app.commerceadvisor.security.Account;
import app.commerceadvisor.security.Caller;
import app.commerceadvisor.security.Role;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Cohorts and who is in them. A participant takes part in one cohort at a time (putting them in another
 * moves them; their earlier assessments stay with the cohort they were made in); a coach may coach several.
 */
@ApplicationScoped
public class Cohorts {

    private static final int MAX_NAME = 200;

    /** @throws InvalidInputException naming {@code name}; @throws ConflictProblem when the name is taken */
    public CohortView create(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
            throw new InvalidInputException("name", m -> m.required());
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            if (Cohort.count("name", trimmed) > 0) {
                throw new ConflictProblem(m -> m.cohortNameTaken(trimmed));
            }
            Cohort cohort = new Cohort();
            cohort.id = UUID.randomUUID();
            cohort.name = trimmed;
            cohort.createdAt = Instant.now();
            cohort.persist();
            return view(cohort);
        });
    }

    /** Every cohort for a trainer; the cohorts they coach for a coach. */
    public List<CohortView> visibleTo(Caller.Snapshot caller) {
        return QuarkusTransaction.requiringNew().call(() -> Cohort.<Cohort>listAll(
                io.quarkus.panache.common.Sort.by("name")).stream()
                .filter(cohort -> caller.oversees(cohort.id))
                .map(this::view).toList());
    }

    /** @throws NotFoundProblem when there is none, or the caller neither trains nor coaches it */
    public CohortView find(UUID id, Caller.Snapshot caller) {
        return QuarkusTransaction.requiringNew().call(() -> Optional.ofNullable(Cohort.<Cohort>findById(id))
                .filter(cohort -> caller.oversees(cohort.id))
                .map(this::view)
                .orElseThrow(() -> new NotFoundProblem(m -> m.noCohort(id.toString()))));
    }

    /**
     * Puts an account into a cohort as a participant or a coach; a participant leaves any other cohort.
     *
     * @throws NotFoundProblem       when the cohort or the account does not exist
     * @throws InvalidInputException when the role is not participant or coach, or the account lacks it
     */
    public CohortView put(UUID cohortId, String username, String role) {
        if (!Role.PARTICIPANT.equals(role) && !Role.COACH.equals(role)) {
            throw new InvalidInputException("role", m -> m.oneOf(Role.PARTICIPANT + ", " + Role.COACH));
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            Cohort cohort = existing(cohortId);
            Account account = Account.byUsername(username)
                    .orElseThrow(() -> new NotFoundProblem(m -> m.noAccount(username)));
            if (!account.roleList().contains(role)) {
                throw new InvalidInputException("role", m -> m.accountLacksRole(username, role, account.roles));
            }
            if (Role.PARTICIPANT.equals(role)) {
                CohortMember.delete("accountId = ?1 and role = ?2", account.id, Role.PARTICIPANT);
            }
            CohortMember.delete("cohortId = ?1 and accountId = ?2", cohortId, account.id);
            CohortMember member = new CohortMember();
            member.cohortId = cohortId;
            member.accountId = account.id;
            member.role = role;
            member.persist();
            return view(cohort);
        });
    }

    /** @throws NotFoundProblem when the cohort or the account does not exist */
    public CohortView remove(UUID cohortId, String username) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Cohort cohort = existing(cohortId);
            Account account = Account.byUsername(username)
                    .orElseThrow(() -> new NotFoundProblem(m -> m.noAccount(username)));
            CohortMember.delete("cohortId = ?1 and accountId = ?2", cohortId, account.id);
            return view(cohort);
        });
    }

    private static Cohort existing(UUID id) {
        return Optional.ofNullable(Cohort.<Cohort>findById(id))
                .orElseThrow(() -> new NotFoundProblem(m -> m.noCohort(id.toString())));
    }

    private CohortView view(Cohort cohort) {
        List<CohortMember> members = CohortMember.list("cohortId", cohort.id);
        Map<UUID, String> names = Account.usernames(members.stream().map(member -> member.accountId).toList());
        return new CohortView(cohort.id, cohort.name, cohort.createdAt,
                members.stream().filter(member -> Role.PARTICIPANT.equals(member.role))
                        .map(member -> names.get(member.accountId)).sorted().toList(),
                members.stream().filter(member -> Role.COACH.equals(member.role))
                        .map(member -> names.get(member.accountId)).sorted().toList());
    }
}
