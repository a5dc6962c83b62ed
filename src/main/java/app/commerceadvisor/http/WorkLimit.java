package app.commerceadvisor.http;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Bounds how many expensive requests run at once ({@code advisor.api.max-concurrent-assessments}). A
 * request that cannot start within {@code advisor.api.busy-wait} is refused with 503 and Retry-After,
 * so a burst is answered promptly instead of piling up on database connections until it times out.
 */
@ApplicationScoped
public class WorkLimit {

    private final Semaphore permits;
    private final long waitNanos;
    private final long retryAfterSeconds;

    WorkLimit(ApiConfig config) {
        this.permits = new Semaphore(config.maxConcurrentAssessments(), true);
        this.waitNanos = config.busyWait().toNanos();
        this.retryAfterSeconds = Math.max(1, config.busyWait().toSeconds());
    }

    public <T> T run(Supplier<T> work) {
        boolean acquired;
        try {
            acquired = permits.tryAcquire(waitNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw new ServiceBusyProblem(m -> m.serviceBusy(retryAfterSeconds), retryAfterSeconds);
        }
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }
}
