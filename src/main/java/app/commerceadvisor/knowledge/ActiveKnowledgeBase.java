package app.commerceadvisor.knowledge;

import app.commerceadvisor.knowledge.KnowledgeBaseStatus.Outcome;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * The knowledge base the service answers with. Loaded at start-up and again on {@link #reload()}: a
 * version that loads and checks out replaces the active one in one step, and is kept in the
 * {@link VersionHistory}; one with problems is refused, the active version keeps serving, and the problems
 * are kept for {@link #status()}. When the content has problems at start-up, the service answers with the
 * last good version kept (see {@link LastGoodVersion}) until the content on disk loads again; it refuses to
 * start only when no kept version loads either, listing each problem as {@code file:line: message}.
 * Evaluations hold their version through a {@link KnowledgeBaseLease}, so none fails or mixes two versions.
 */
@ApplicationScoped
public class ActiveKnowledgeBase {

    private static final Logger LOG = Logger.getLogger(ActiveKnowledgeBase.class);

    private final KnowledgeBaseLoader loader;
    private final ContentConfig config;
    private final VersionHistory history;
    private final AtomicReference<ActiveVersion> active = new AtomicReference<>();
    private volatile Attempt lastAttempt;

    /** The last load; {@code servingLastGoodVersion}: the active version is a kept one, as the content on disk has problems. */
    private record Attempt(Instant at, Outcome outcome, List<String> problems, boolean servingLastGoodVersion) {
    }

    ActiveKnowledgeBase(KnowledgeBaseLoader loader, ContentConfig config, VersionHistory history) {
        this.loader = loader;
        this.config = config;
        this.history = history;
    }

    synchronized void loadAtStartup(@Observes StartupEvent event) {
        KnowledgeBase loaded;
        try {
            loaded = loader.load(config.rules(), config.knowledgeBase());
        } catch (KnowledgeBaseException e) {
            e.problems().forEach(problem -> LOG.error(problem.toString()));
            KnowledgeBase lastGood = new LastGoodVersion(history, loader, config.restoreFolder()).load()
                    .orElseThrow(() -> e);
            Path restored = LastGoodVersion.folderOf(config.restoreFolder(), lastGood.version());
            activate(lastGood, restored.resolve("rules"), restored.resolve("knowledge-base"));
            lastAttempt = new Attempt(Instant.now(), Outcome.REFUSED, problems(e), true);
            LOG.warnf("The content in %s and %s has %d problem(s); answering with the last good version %s, "
                            + "restored to %s, until a reload of the fixed content succeeds",
                    config.rules().toAbsolutePath().normalize(), config.knowledgeBase().toAbsolutePath().normalize(),
                    e.problems().size(), lastGood.version(), restored.toAbsolutePath().normalize());
            return;
        }
        activate(loaded, config.rules(), config.knowledgeBase());
    }

    /**
     * Loads the content from disk again and activates it if it checks out and differs from the active
     * version; otherwise the active version stays. Reloads run one at a time.
     */
    public synchronized KnowledgeBaseStatus reload() {
        ActiveVersion current = active.get();
        if (current != null && current.knowledgeBase().version()
                .equals(ContentFiles.read(config.rules(), config.knowledgeBase()).version())) {
            // the files are those of the active version (a save without a change, or the last good version
            // served since start-up put back in place): nothing to compile
            unchanged();
            return status();
        }
        KnowledgeBase loaded;
        try {
            loaded = loader.load(config.rules(), config.knowledgeBase());
        } catch (KnowledgeBaseException e) {
            List<String> problems = problems(e);
            problems.forEach(problem -> LOG.warn("Reload refused, the active version stays: " + problem));
            lastAttempt = new Attempt(Instant.now(), Outcome.REFUSED, problems, lastAttempt.servingLastGoodVersion());
            return status();
        }
        if (current != null && current.knowledgeBase().version().equals(loaded.version())) {
            // changed while being read, back to the active version's files
            loaded.rules().close();
            unchanged();
            return status();
        }
        activate(loaded, config.rules(), config.knowledgeBase());
        return status();
    }

    private void unchanged() {
        if (lastAttempt.servingLastGoodVersion()) {
            LOG.infof("The content on disk is the last good version %s again", require().version());
        }
        lastAttempt = new Attempt(Instant.now(), Outcome.UNCHANGED, List.of(), false);
    }

    private void activate(KnowledgeBase loaded, Path... from) {
        ActiveVersion previous = active.getAndSet(new ActiveVersion(loaded));
        if (previous != null) {
            previous.release(); // its rules are released once the evaluations still running on it end
        }
        lastAttempt = new Attempt(loaded.loadedAt(), Outcome.ACTIVATED, List.of(), false);
        history.activated(loaded);
        LOG.infof("Knowledge base %s active: %d rules, %d questions and %d pitfalls from %s", loaded.version(),
                loaded.rules().ruleCount(), loaded.questionnaire().questions().size(), loaded.pitfalls().all().size(),
                Arrays.stream(from).map(folder -> folder.toAbsolutePath().normalize().toString())
                        .collect(Collectors.joining(" and ")));
    }

    private static List<String> problems(KnowledgeBaseException e) {
        return e.problems().stream().map(ContentProblem::toString).toList();
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
                attempt.servingLastGoodVersion(), attempt.at(), attempt.outcome(), attempt.problems());
    }
}
