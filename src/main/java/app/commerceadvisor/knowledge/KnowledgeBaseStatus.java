package app.commerceadvisor.knowledge;

import java.time.Instant;
import java.util.List;

/**
 * What the service answers with and what became of the last attempt to load the content: the active
 * version and since when, its counts, whether it is the last good version kept (served because the
 * content on disk had problems at start-up), and the problems of the last load that was refused, as
 * {@code file:line: message}.
 */
public record KnowledgeBaseStatus(
        String version,
        Instant activeSince,
        int rules,
        int questions,
        int pitfalls,
        boolean servingLastGoodVersion,
        Instant lastAttempt,
        Outcome lastOutcome,
        List<String> problems) {

    /** What the last load did. */
    public enum Outcome {
        /** A new version became active. */
        ACTIVATED,
        /** The content on disk is the active version already. */
        UNCHANGED,
        /** The content has problems; the previous version stays active. */
        REFUSED
    }
}
