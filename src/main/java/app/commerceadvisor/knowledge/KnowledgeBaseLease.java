package app.commerceadvisor.knowledge;

/**
 * The active knowledge base, held for one evaluation: its rules stay usable until the lease is closed,
 * even if a reload activates a newer version meanwhile.
 */
public final class KnowledgeBaseLease implements AutoCloseable {

    private final ActiveVersion version;
    private boolean closed;

    KnowledgeBaseLease(ActiveVersion version) {
        this.version = version;
    }

    public KnowledgeBase knowledgeBase() {
        return version.knowledgeBase();
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            version.release();
        }
    }
}
