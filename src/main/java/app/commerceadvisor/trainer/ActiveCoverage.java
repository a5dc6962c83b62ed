package app.commerceadvisor.trainer;

import app.commerceadvisor.knowledge.ActiveKnowledgeBase;
import app.commerceadvisor.knowledge.ContentConfig;
import app.commerceadvisor.knowledge.KnowledgeBaseLease;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * The check command's coverage of the active version, for the trainer's page. Running every scenario takes a
 * while (about a second for a hundred scenarios), so the result is kept until another version becomes active;
 * one page view at a time computes it.
 */
@ApplicationScoped
public class ActiveCoverage {

    private static final Logger LOG = Logger.getLogger(ActiveCoverage.class);

    private final ActiveKnowledgeBase active;
    private final ContentConfig content;
    private volatile ContentCoverage last;

    ActiveCoverage(ActiveKnowledgeBase active, ContentConfig content) {
        this.active = active;
        this.content = content;
    }

    /** The coverage of the active version, computed once per version. */
    public ContentCoverage current() {
        try (KnowledgeBaseLease lease = active.lease()) {
            String version = lease.knowledgeBase().version();
            ContentCoverage known = last;
            if (known != null && known.version().equals(version)) {
                return known;
            }
            synchronized (this) {
                known = last;
                if (known == null || !known.version().equals(version)) {
                    known = ContentCoverage.of(lease.knowledgeBase(), content.knowledgeBase());
                    LOG.infof("Coverage of %s: %d scenarios run in %d ms", version, known.scenarios(), known.millis());
                    last = known;
                }
                return known;
            }
        }
    }
}
