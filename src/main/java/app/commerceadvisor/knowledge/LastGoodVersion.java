package app.commerceadvisor.knowledge;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The last good version, for a start on content with problems: the kept versions are tried the one active
 * most recently first, at most {@value #MOST_TRIED} of them. Each is written to its own folder under the
 * restore folder and loaded from there as any content is. A kept version can stop loading without anyone
 * touching it (a newer service may check more than the one that activated it); it is then passed over for
 * the one before.
 */
final class LastGoodVersion {

    static final int MOST_TRIED = 3;

    private static final Logger LOG = Logger.getLogger(LastGoodVersion.class);

    private final VersionHistory history;
    private final KnowledgeBaseLoader loader;
    private final Path restoreFolder;

    LastGoodVersion(VersionHistory history, KnowledgeBaseLoader loader, Path restoreFolder) {
        this.history = history;
        this.loader = loader;
        this.restoreFolder = restoreFolder;
    }

    /** Where a version is restored to: a folder named after its hash, holding {@code rules/} and {@code knowledge-base/}. */
    static Path folderOf(Path restoreFolder, String version) {
        return restoreFolder.resolve(version.substring(version.indexOf(':') + 1));
    }

    /** The newest kept version that still loads, or empty when there is none. */
    Optional<KnowledgeBase> load() {
        List<String> candidates;
        try {
            candidates = history.mostRecentlyActive(MOST_TRIED);
        } catch (RuntimeException e) {
            LOG.error("Cannot read the kept versions of the knowledge base", e);
            return Optional.empty();
        }
        if (candidates.isEmpty()) {
            LOG.error("No version of the knowledge base was kept yet, so there is none to fall back on");
        }
        for (String version : candidates) {
            Optional<KnowledgeBase> loaded = load(version);
            if (loaded.isPresent()) {
                return loaded;
            }
        }
        return Optional.empty();
    }

    /** The kept version {@code version}, restored and loaded; empty when it is not kept or no longer loads. */
    Optional<KnowledgeBase> load(String version) {
        Optional<ContentFiles> files = history.files(version);
        if (files.isEmpty()) {
            return Optional.empty();
        }
        Path folder = folderOf(restoreFolder, version);
        try {
            files.get().writeTo(folder);
            KnowledgeBase loaded = loader.load(folder.resolve("rules"), folder.resolve("knowledge-base"));
            if (!loaded.version().equals(version)) {
                loaded.rules().close();
                LOG.warnf("The kept copy of version %s reads back as %s from %s; passed over", version,
                        loaded.version(), folder.toAbsolutePath().normalize());
                return Optional.empty();
            }
            return Optional.of(loaded);
        } catch (KnowledgeBaseException e) {
            LOG.warnf("The kept version %s (restored to %s) no longer loads: %d problem(s)%s", version,
                    folder.toAbsolutePath().normalize(), e.problems().size(),
                    e.problems().isEmpty() ? "" : ", the first: " + e.problems().get(0));
            return Optional.empty();
        } catch (RuntimeException e) {
            LOG.warnf("The kept version %s cannot be restored to %s: %s", version, folder.toAbsolutePath().normalize(),
                    e.getMessage());
            return Optional.empty();
        }
    }
}
