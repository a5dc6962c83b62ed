package app.commerceadvisor.security;

import app.commerceadvisor.http.ProblemText;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Creates the first trainer at start-up from configuration, once: trainers create every other account, so
 * without one nobody can. The repository holds no default password; until one is configured the service
 * says so at every start and every signed-in call is refused.
 */
@ApplicationScoped
class FirstTrainer {

    private static final Logger LOG = Logger.getLogger(FirstTrainer.class);

    private final Optional<String> username;
    private final Optional<String> password;

    FirstTrainer(@ConfigProperty(name = "advisor.first-trainer.username") Optional<String> username,
            @ConfigProperty(name = "advisor.first-trainer.password") Optional<String> password) {
        this.username = username.map(String::strip).filter(name -> !name.isEmpty());
        this.password = password.filter(secret -> !secret.isBlank());
    }

    void create(@Observes StartupEvent event) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (Account.count("roles like ?1", "%" + Role.TRAINER + "%") > 0) {
                return;
            }
            if (username.isEmpty() || password.isEmpty()) {
                LOG.warn("No trainer account exists yet, so nobody can sign in or create accounts. Set "
                        + "ADVISOR_FIRST_TRAINER_USERNAME and ADVISOR_FIRST_TRAINER_PASSWORD (at least "
                        + AccountRules.MIN_PASSWORD + " characters) and start the service again.");
                return;
            }
            Optional<String> problem = AccountRules.passwordProblem(password.get()).map(ProblemText::english);
            if (problem.isPresent()) {
                LOG.warnf("The first trainer '%s' was not created: advisor.first-trainer.password %s", username.get(),
                        problem.get());
                return;
            }
            Account trainer = new Account();
            trainer.id = UUID.randomUUID();
            trainer.username = username.get();
            trainer.password = AccountRules.hash(password.get());
            trainer.roles = Role.TRAINER;
            trainer.createdAt = Instant.now();
            trainer.persist();
            LOG.infof("First trainer account '%s' created from configuration", trainer.username);
        });
    }
}
