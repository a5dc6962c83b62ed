package app.commerceadvisor.knowledge;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A knowledge base that is or was active, with a count of who still uses its rules: the service while it
 * is active, and each evaluation running on it. The compiled rules are released when the count drops to
 * zero, so an evaluation that began before a reload finishes on the version it began with.
 */
final class ActiveVersion {

    private final KnowledgeBase knowledgeBase;
    private final AtomicInteger users = new AtomicInteger(1);

    ActiveVersion(KnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
    }

    KnowledgeBase knowledgeBase() {
        return knowledgeBase;
    }

    /** Counts one more user; false once the version has been released and must not be used. */
    boolean retain() {
        for (int count = users.get(); count > 0; count = users.get()) {
            if (users.compareAndSet(count, count + 1)) {
                return true;
            }
        }
        return false;
    }

    void release() {
        if (users.decrementAndGet() == 0) {
            knowledgeBase.rules().close();
        }
    }
}
