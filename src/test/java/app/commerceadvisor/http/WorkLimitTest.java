package app.commerceadvisor.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** At most the configured number of assessments run at once; one more waits, then is refused with a retry time. */
class WorkLimitTest {

    private static ApiConfig limits(int concurrent, Duration wait) {
        return new ApiConfig() {
            @Override
            public long maxBodyBytes() {
                return 65_536;
            }

            @Override
            public int maxConcurrentAssessments() {
                return concurrent;
            }

            @Override
            public Duration busyWait() {
                return wait;
            }
        };
    }

    @Test
    void workBeyondTheLimitIsRefusedWithRetryAfterOnceTheWaitIsOver() throws Exception {
        WorkLimit limit = new WorkLimit(limits(1, Duration.ofMillis(200)));
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            Future<String> running = executor.submit(() -> limit.run(() -> {
                started.countDown();
                await(release);
                return "done";
            }));
            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

            long before = System.nanoTime();
            assertThatThrownBy(() -> limit.run(() -> "second"))
                    .isInstanceOfSatisfying(ServiceBusyProblem.class, busy -> assertThat(busy.retryAfterSeconds()).isEqualTo(1));
            assertThat(Duration.ofNanos(System.nanoTime() - before)).isGreaterThanOrEqualTo(Duration.ofMillis(150));

            release.countDown();
            assertThat(running.get(5, TimeUnit.SECONDS)).isEqualTo("done");
            assertThat(limit.run(() -> "after")).isEqualTo("after");
        } finally {
            release.countDown();
            executor.shutdownNow();
        }
    }

    @Test
    void aFailingPieceOfWorkGivesItsPlaceBack() {
        WorkLimit limit = new WorkLimit(limits(1, Duration.ZERO));

        assertThatThrownBy(() -> limit.run(() -> {
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(limit.run(() -> "next")).isEqualTo("next");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
