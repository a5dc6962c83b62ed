package app.commerceadvisor.knowledge;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Watches the rules and knowledge-base folders (and the folders inside them) and reloads the content once
 * they have been quiet for {@code advisor.reload.debounce} after a change, so that saving a file is all
 * a trainer does. A reload that finds problems keeps the active version (see {@link ActiveKnowledgeBase}).
 */
@ApplicationScoped
class ContentWatcher {

    private static final Logger LOG = Logger.getLogger(ContentWatcher.class);

    private final ActiveKnowledgeBase knowledgeBase;
    private final ContentConfig content;
    private final ReloadConfig reload;
    private WatchService watcher;
    private ScheduledExecutorService reloads;
    private ScheduledFuture<?> pending;

    ContentWatcher(ActiveKnowledgeBase knowledgeBase, ContentConfig content, ReloadConfig reload) {
        this.knowledgeBase = knowledgeBase;
        this.content = content;
        this.reload = reload;
    }

    void start(@Observes StartupEvent event) throws IOException {
        if (!reload.watch()) {
            return;
        }
        watcher = FileSystems.getDefault().newWatchService();
        register(content.rules());
        register(content.knowledgeBase());
        reloads = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "content-reload");
            thread.setDaemon(true);
            return thread;
        });
        Thread thread = new Thread(this::watch, "content-watcher");
        thread.setDaemon(true);
        thread.start();
        LOG.infof("Watching %s and %s for changes", content.rules().toAbsolutePath().normalize(),
                content.knowledgeBase().toAbsolutePath().normalize());
    }

    void stop(@Observes ShutdownEvent event) throws IOException {
        if (watcher != null) {
            watcher.close();
            reloads.shutdownNow();
        }
    }

    private void watch() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                Path folder = (Path) key.watchable();
                key.pollEvents().forEach(change -> {
                    if (change.kind() == StandardWatchEventKinds.ENTRY_CREATE && change.context() instanceof Path name
                            && Files.isDirectory(folder.resolve(name))) {
                        register(folder.resolve(name));
                    }
                });
                key.reset();
                scheduleReload();
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            // the service is stopping
        }
    }

    private synchronized void scheduleReload() {
        if (pending != null) {
            pending.cancel(false);
        }
        pending = reloads.schedule(this::reloadNow, reload.debounce().toMillis(), TimeUnit.MILLISECONDS);
    }

    private void reloadNow() {
        try {
            knowledgeBase.reload();
        } catch (RuntimeException e) {
            LOG.error("Reloading the knowledge base failed; the active version stays", e);
        }
    }

    private void register(Path root) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> folders = Files.walk(root)) {
            for (Path folder : folders.filter(Files::isDirectory).toList()) {
                folder.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        } catch (IOException e) {
            LOG.warnf("Cannot watch %s for changes: %s", root, e.getMessage());
        }
    }
}
