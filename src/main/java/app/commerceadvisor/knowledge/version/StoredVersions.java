package app.commerceadvisor.knowledge.version;

import app.commerceadvisor.knowledge.ContentFiles;
import app.commerceadvisor.knowledge.KnowledgeBase;
import app.commerceadvisor.knowledge.VersionHistory;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * The versions of the content that became active, kept in the database. A version is stored by one
 * background thread, so an activation (at start-up or on a reload) does not wait for the database; each
 * version is committed in one transaction, to disk before the commit returns. Listing the versions waits
 * for the stores still under way, so the list always holds the active version.
 */
@ApplicationScoped
public class StoredVersions implements VersionHistory {

    private static final Logger LOG = Logger.getLogger(StoredVersions.class);
    /** How long a listing waits for versions still being stored. */
    private static final long WAIT_SECONDS = 10;

    private final DataSource dataSource;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "knowledge-base-versions");
        thread.setDaemon(true);
        return thread;
    });
    private CompletableFuture<Void> lastStore = CompletableFuture.completedFuture(null);

    StoredVersions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public synchronized void activated(KnowledgeBase knowledgeBase) {
        lastStore = CompletableFuture.runAsync(() -> store(knowledgeBase), writer);
    }

    private void store(KnowledgeBase knowledgeBase) {
        try {
            boolean added = QuarkusTransaction.requiringNew().call(() -> {
                try (Connection connection = dataSource.getConnection()) {
                    return VersionTable.keep(connection, knowledgeBase, knowledgeBase.loadedAt());
                }
            });
            if (added) {
                LOG.infof("Knowledge base %s kept (%d files)", knowledgeBase.version(),
                        knowledgeBase.content().files().size());
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "Knowledge base %s could not be kept; it is kept the next time it becomes active",
                    knowledgeBase.version());
        }
    }

    /** Every version kept, the one active most recently first, the {@code active} one marked. */
    public List<StoredVersion> list(String active) {
        awaitStores();
        return read(connection -> VersionTable.all(connection)).stream()
                .map(version -> version.asActive(version.version().equals(active)))
                .toList();
    }

    @Override
    public List<String> mostRecentlyActive(int limit) {
        awaitStores();
        return read(connection -> VersionTable.list(connection, limit)).stream().map(StoredVersion::version).toList();
    }

    @Override
    public Optional<ContentFiles> files(String version) {
        return read(connection -> VersionTable.files(connection, version));
    }

    /** Lets the versions still being stored reach the database before the service stops. */
    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        writer.shutdown();
        if (!writer.awaitTermination(WAIT_SECONDS, TimeUnit.SECONDS)) {
            LOG.warn("A version of the knowledge base was still being stored when the service stopped");
        }
    }

    private void awaitStores() {
        CompletableFuture<Void> last;
        synchronized (this) {
            last = lastStore;
        }
        try {
            last.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // a store that failed has been logged; a slow one shows up in a later listing
        }
    }

    private interface Query<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T read(Query<T> query) {
        try (Connection connection = dataSource.getConnection()) {
            return query.run(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the kept versions of the knowledge base", e);
        }
    }
}
