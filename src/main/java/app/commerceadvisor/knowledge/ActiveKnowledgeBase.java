package app.commerceadvisor.knowledge;

import app.commerceadvisor.knowledge.KnowledgeBaseStatus.Outcome;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * The knowledge base the service answers with. Loaded at start-up (the service refuses to start when the
 * content has problems, listing each as {@code file:line: message}) and again on {@link #reload()}: a
 * version that loads and checks out replaces the active one in one step; one with problems is refused,
 * the active version keeps serving, and the problems are kept for {@link #status()}. Evaluations hold
 * their version through a {@link KnowledgeBaseLease}, so none fails or mixes two versions.
 */
@ApplicationScoped
public class ActiveKnowledgeBase {

    private static final Logger LOG = Logger.getLogger(ActiveKnowledgeBase.class);

    private final KnowledgeBaseLoader loader;
    private final ContentConfig config;
    private final AtomicReference<ActiveVersion> active = new AtomicReference<>();
    private volatile Attempt lastAttempt;

    private record Attempt(Instant at, Outcome outcome, List<String> problems) {
    }

    ActiveKnowledgeBase(KnowledgeBaseLoader loader, ContentConfig config) {
        this.loader = loader;
        this.config = config;
    }

    void loadAtStartup(@Observes StartupEvent event) {
        try {
            activate(loader.load(config.rules(), config.knowledgeBase()));
        } catch (KnowledgeBaseException e) {
            e.problems().forEach(problem -> LOG.error(problem.toString()));
            throw e;
        }
    }

    /**
     * Loads the content from disk again and activates it if it checks out and differs from the active
     * version; otherwise the active version stays. Reloads run one at a time.
     */
    public synchronized KnowledgeBaseStatus reload() {
        ActiveVersion current = active.get();
        if (current != null && current.knowledgeBase().version()
                .equals(ContentHash.of(List.of(config.rules(), config.knowledgeBase())))) {
            // the files are those of the active version (a save without a change): nothing to compile
            lastAttempt = new Attempt(Instant.now(), Outcome.UNCHANGED, List.of());
            return status();
        }
        KnowledgeBase loaded;
        try {
            loaded = loader.load(config.rules(), config.knowledgeBase());
        } catch (KnowledgeBaseException e) {
            List<String> problems = e.problems().stream().map(ContentProblem::toString).toList();
            problems.forEach(problem -> LOG.warn("Reload refused, the active version stays: " + problem));
            lastAttempt = new Attempt(Instant.now(), Outcome.REFUSED, problems);
            return status();
        }
        if (current != null && current.knowledgeBase().version().equals(loaded.version())) {
            // changed while being read, back to the active version's files
            loaded.rules().close();
            lastAttempt = new Attempt(Instant.now(), Outcome.UNCHANGED, List.of());
            return status();
        }
        activate(loaded);
        return status();
    }

    private void activate(KnowledgeBase loaded) {
        ActiveVersion previous = active.getAndSet(new ActiveVersion(loaded));
        if (previous != null) {
            previous.release(); // its rules are released once the evaluations still running on it end
        }
        lastAttempt = new Attempt(loaded.loadedAt(), Outcome.ACTIVATED, List.of());
        LOG.infof("Knowledge base %s active: %d rules from %s, %d questions and %d pitfalls from %s",
                loaded.version(), loaded.rules().ruleCount(), config.rules().toAbsolutePath().normalize(),
                loaded.questionnaire().questions().size(), loaded.pitfalls().all().size(),
                config.knowledgeBase().toAbsolutePath().normalize());
    }

    /** The active knowledge base, for reading its questionnaire and catalogue; present once start-up has loaded it. */
    public Optional<KnowledgeBase> current() {
        return Optional.ofNullable(active.get()).map(ActiveVersion::knowledgeBase);
    }

    /** The active knowledge base, for request handling (which only happens after start-up). */
    public KnowledgeBase require() {
        return current().orElseThrow(() -> new IllegalStateException("the knowledge base is not loaded yet"));
    }

    /** The active knowledge base held for an evaluation with its rules; close the lease when done. */
    public KnowledgeBaseLease lease() {
        while (true) {
            ActiveVersion version = active.get();
            if (version == null) {
                throw new IllegalStateException("the knowledge base is not loaded yet");
            }
            if (version.retain()) {
                return new KnowledgeBaseLease(version);
            }
            // released by a reload between reading and retaining it: the newer version is in place now
        }
    }

    public KnowledgeBaseStatus status() {
        KnowledgeBase loaded = require();
        Attempt attempt = lastAttempt;
        return new KnowledgeBaseStatus(loaded.version(), loaded.loadedAt(), loaded.rules().ruleCount(),
                loaded.questionnaire().questions().size(), loaded.pitfalls().all().size(),
                attempt.at(), attempt.outcome(), attempt.problems());
    }
}
