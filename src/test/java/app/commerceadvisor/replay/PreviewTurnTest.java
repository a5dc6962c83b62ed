package app.commerceadvisor.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.commerceadvisor.http.ServiceBusyProblem;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One preview runs at a time: a second one is refused at once with a retry time, and runs once the first is done. */
class PreviewTurnTest {

    @Test
    void secondPreviewWhileOneRunsIsRefusedAtOnceWithRetryAfter() throws Exception {
        PreviewTurn turn = new PreviewTurn();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            Future<String> running = executor.submit(() -> turn.run(() -> {
                started.countDown();
                await(release);
                return "first";
            }));
            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

            assertThatThrownBy(() -> turn.run(() -> "second"))
                    .isInstanceOfSatisfying(ServiceBusyProblem.class, busy -> {
                        assertThat(busy.retryAfterSeconds()).isPositive();
                        assertThat(busy.getMessage()).startsWith("A preview is running already");
                    });

            release.countDown();
            assertThat(running.get(5, TimeUnit.SECONDS)).isEqualTo("first");
            assertThat(turn.run(() -> "after")).isEqualTo("after");
        } finally {
            release.countDown();
            executor.shutdownNow();
        }
    }

    @Test
    void failedPreviewGivesTheTurnBack() {
        PreviewTurn turn = new PreviewTurn();

        assertThatThrownBy(() -> turn.run(() -> {
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(turn.run(() -> "next")).isEqualTo("next");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
