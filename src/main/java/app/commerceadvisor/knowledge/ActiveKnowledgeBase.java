package app.commerceadvisor.knowledge;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * The knowledge base the service answers with. Loaded once at start-up; the service refuses to start
 * when the rules or the knowledge base have problems, listing each as {@code file:line: message}.
 * Held in an atomic reference so that a newer version can later replace it in one step.
 */
@ApplicationScoped
public class ActiveKnowledgeBase {

    private static final Logger LOG = Logger.getLogger(ActiveKnowledgeBase.class);

    private final KnowledgeBaseLoader loader;
    private final ContentConfig config;
    private final AtomicReference<KnowledgeBase> active = new AtomicReference<>();

    ActiveKnowledgeBase(KnowledgeBaseLoader loader, ContentConfig config) {
        this.loader = loader;
        this.config = config;
    }

    void loadAtStartup(@Observes StartupEvent event) {
        try {
            KnowledgeBase loaded = loader.load(config.rules(), config.knowledgeBase());
            active.set(loaded);
            LOG.infof("Knowledge base %s active: %d rules from %s, %d questions and %d pitfalls from %s",
                    loaded.version(), loaded.rules().ruleCount(), config.rules().toAbsolutePath().normalize(),
                    loaded.questionnaire().questions().size(), loaded.pitfalls().all().size(),
                    config.knowledgeBase().toAbsolutePath().normalize());
        } catch (KnowledgeBaseException e) {
            e.problems().forEach(problem -> LOG.error(problem.toString()));
            throw e;
        }
    }

    /** The active knowledge base; present once start-up has loaded it. */
    public Optional<KnowledgeBase> current() {
        return Optional.ofNullable(active.get());
    }

    /** The active knowledge base, for request handling (which only happens after start-up). */
    public KnowledgeBase require() {
        return current().orElseThrow(() -> new IllegalStateException("the knowledge base is not loaded yet"));
    }
}
