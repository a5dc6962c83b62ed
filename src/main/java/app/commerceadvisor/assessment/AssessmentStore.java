package app.commerceadvisor.assessment;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.hibernate.StatelessSession;
import org.jboss.logging.Logger;

/**
 * Keeps assessments. {@link #add} returns only once the assessment is committed to disk, so the caller
 * can acknowledge it. Writes that arrive together are committed together (group commit): one writer
 * thread takes whatever is waiting, inserts it in one transaction and wakes every caller of that batch.
 * Under load this turns many small commits (each rewriting the database file's pages) into a few larger
 * ones; a lone write is committed at once, as before. A batch that fails is retried one assessment at a
 * time, so one bad row fails only its own request.
 */
@ApplicationScoped
class AssessmentStore {

    private static final Logger LOG = Logger.getLogger(AssessmentStore.class);

    /** The most assessments committed in one transaction. */
    private static final int MAX_BATCH = 64;

    private final StatelessSession session;
    private final BlockingQueue<PendingWrite> pending = new LinkedBlockingQueue<>();
    private volatile Thread writer;
    private volatile boolean stopping;

    AssessmentStore(StatelessSession session) {
        this.session = session;
    }

    private record PendingWrite(Assessment assessment, CompletableFuture<Void> committed) {
    }

    void start(@Observes StartupEvent event) {
        Thread thread = new Thread(this::writeUntilStopped, "assessment-writer");
        thread.setDaemon(true);
        thread.start();
        writer = thread;
    }

    /** Lets the writer finish what is waiting; it is never interrupted, which would close H2's file under it. */
    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        stopping = true;
        if (writer != null) {
            writer.join(TimeUnit.SECONDS.toMillis(10));
        }
        failAll(new IllegalStateException("the service is stopping"));
    }

    /** Stores the assessment and its findings; returns once they are committed. */
    void add(Assessment assessment) {
        if (stopping || writer == null) {
            throw new IllegalStateException("assessments cannot be stored while the service is not running");
        }
        PendingWrite write = new PendingWrite(assessment, new CompletableFuture<>());
        pending.add(write);
        try {
            write.committed().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the assessment was being stored", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException("the assessment could not be stored", e.getCause());
        }
    }

    /** The assessment with its findings loaded when it has no report of its own (stored before reports were kept). */
    @Transactional
    Optional<Assessment> find(UUID id) {
        Optional<Assessment> assessment = Assessment.findByIdOptional(id);
        assessment.filter(found -> found.report == null).ifPresent(found -> found.findings.size());
        return assessment;
    }

    private void writeUntilStopped() {
        List<PendingWrite> batch = new ArrayList<>(MAX_BATCH);
        while (!stopping || !pending.isEmpty()) {
            try {
                PendingWrite first = pending.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                pending.drainTo(batch, MAX_BATCH - 1);
                commit(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | Error e) {
                LOG.error("The assessment writer failed", e);
                batch.forEach(write -> write.committed().completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
    }

    private void commit(List<PendingWrite> batch) {
        try {
            QuarkusTransaction.requiringNew().run(() -> batch.forEach(write -> insert(write.assessment())));
            batch.forEach(write -> write.committed().complete(null));
        } catch (RuntimeException e) {
            if (batch.size() == 1) {
                batch.get(0).committed().completeExceptionally(e);
                return;
            }
            for (PendingWrite write : batch) {
                commit(List.of(write));
            }
        }
    }

    private void insert(Assessment assessment) {
        session.insert(assessment);
        assessment.findings.forEach(session::insert);
    }

    private void failAll(RuntimeException reason) {
        for (PendingWrite write = pending.poll(); write != null; write = pending.poll()) {
            write.committed().completeExceptionally(reason);
        }
    }
}
