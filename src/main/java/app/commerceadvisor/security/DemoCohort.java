package app.commerceadvisor.security;

import app.commerceadvisor.cohort.CohortView;
import app.commerceadvisor.cohort.Cohorts;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * In dev mode only ({@code ./mvnw quarkus:dev}): a demo cohort to try the roles with, made once — a trainer,
 * a coach and two participants, all with the password of {@code advisor.demo.password}. Never in a
 * packaged service.
 */
@ApplicationScoped
@IfBuildProfile("dev")
class DemoCohort {

    private static final Logger LOG = Logger.getLogger(DemoCohort.class);
    static final String NAME = "Demo cohort";

    private final Accounts accounts;
    private final Cohorts cohorts;
    private final String password;

    DemoCohort(Accounts accounts, Cohorts cohorts, @ConfigProperty(name = "advisor.demo.password") String password) {
        this.accounts = accounts;
        this.cohorts = cohorts;
        this.password = password;
    }

    void seed(@Observes StartupEvent event) {
        if (io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> Account.byUsername("demo-trainer")
                .isPresent())) {
            return;
        }
        accounts.create(new AccountRequest("demo-trainer", password, List.of(Role.TRAINER)), "dev mode");
        accounts.create(new AccountRequest("demo-coach", password, List.of(Role.COACH)), "dev mode");
        accounts.create(new AccountRequest("demo-shop-1", password, List.of(Role.PARTICIPANT)), "dev mode");
        accounts.create(new AccountRequest("demo-shop-2", password, List.of(Role.PARTICIPANT)), "dev mode");
        CohortView cohort = cohorts.create(NAME);
        cohorts.put(cohort.id(), "demo-coach", Role.COACH);
        cohorts.put(cohort.id(), "demo-shop-1", Role.PARTICIPANT);
        cohorts.put(cohort.id(), "demo-shop-2", Role.PARTICIPANT);
        LOG.infof("Dev mode: demo cohort made (demo-trainer, demo-coach, demo-shop-1, demo-shop-2; password in "
                + "advisor.demo.password)");
    }
}
