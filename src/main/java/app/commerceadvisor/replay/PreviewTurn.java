package app.commerceadvisor.replay;

import app.commerceadvisor.http.ServiceBusyProblem;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Lets one preview run at a time: a preview compiles a whole rule base and evaluates every stored
 * assessment, so a second one at the same time would only halve the speed of both. The second is refused
 * at once with 503 and a Retry-After of the time the last preview took.
 */
@ApplicationScoped
class PreviewTurn {

    private final Semaphore turn = new Semaphore(1);
    private volatile long lastSeconds = 2;

    <T> T run(Supplier<T> preview) {
        if (!turn.tryAcquire()) {
            long seconds = lastSeconds;
            throw new ServiceBusyProblem(m -> m.previewRunning(seconds), seconds);
        }
        long start = System.nanoTime();
        try {
            return preview.get();
        } finally {
            lastSeconds = Math.max(1, (Duration.ofNanos(System.nanoTime() - start).toMillis() + 999) / 1000);
            turn.release();
        }
    }
}
