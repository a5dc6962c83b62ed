package app.commerceadvisor.knowledge;

import java.util.List;
import java.util.Optional;

/**
 * Every version of the content that became active, kept so that the service can answer with the last good
 * one when the content on disk is broken at start-up.
 */
public interface VersionHistory {

    /**
     * Keeps a version that has just become active: its files once (a version kept already is not stored
     * again), and when it was active. Returns at once; the version is stored in the background.
     */
    void activated(KnowledgeBase knowledgeBase);

    /** The versions kept, the one active most recently first, at most {@code limit}. */
    List<String> mostRecentlyActive(int limit);

    /** The files of a version kept, empty when it is not kept. */
    Optional<ContentFiles> files(String version);
}
