package app.commerceadvisor.knowledge;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Any kept version of the knowledge base, for reading a stored assessment again with the rules it was made
 * with (in another language, say): the active version when it is that one, otherwise the version
 * restored from the database and compiled once. The few earlier versions used last stay compiled; one
 * pushed out is released as a replaced active version is, once the evaluations holding it are done.
 */
@ApplicationScoped
public class KnowledgeBaseVersions {

    private static final Logger LOG = Logger.getLogger(KnowledgeBaseVersions.class);
    /** How many earlier versions stay compiled. */
    private static final int KEPT_COMPILED = 2;

    private final ActiveKnowledgeBase active;
    private final LastGoodVersion kept;
    private final Map<String, ActiveVersion> earlier = new LinkedHashMap<>(4, 0.75f, true);

    KnowledgeBaseVersions(ActiveKnowledgeBase active, VersionHistory history, KnowledgeBaseLoader loader,
            ContentConfig config) {
        this.active = active;
        this.kept = new LastGoodVersion(history, loader, config.restoreFolder());
    }

    /**
     * The knowledge base of {@code version}, held until the lease is closed; empty when that version is
     * neither active nor kept in a form that still loads.
     */
    public Optional<KnowledgeBaseLease> lease(String version) {
        KnowledgeBaseLease current = active.lease();
        if (current.knowledgeBase().version().equals(version)) {
            return Optional.of(current);
        }
        current.close();
        return earlier(version);
    }

    private synchronized Optional<KnowledgeBaseLease> earlier(String version) {
        ActiveVersion compiled = earlier.get(version);
        if (compiled == null) {
            Optional<KnowledgeBase> loaded = kept.load(version);
            if (loaded.isEmpty()) {
                return Optional.empty();
            }
            LOG.infof("Knowledge base %s compiled again to read an assessment made with it", version);
            compiled = new ActiveVersion(loaded.get());
            earlier.put(version, compiled);
            for (Iterator<ActiveVersion> oldest = earlier.values().iterator(); earlier.size() > KEPT_COMPILED; ) {
                oldest.next().release();
                oldest.remove();
            }
        }
        // retained under this object's lock, which every release of the cache's hold also takes
        compiled.retain();
        return Optional.of(new KnowledgeBaseLease(compiled));
    }
}
