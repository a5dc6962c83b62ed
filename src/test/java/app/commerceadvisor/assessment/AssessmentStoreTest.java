package app.commerceadvisor.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Writes that arrive together are committed together, and a write that cannot be stored fails alone:
 * the others that came with it are stored, and each caller learns what became of its own write.
 */
@QuarkusTest
class AssessmentStoreTest {

    private static final int WRITERS = 12;

    @Inject
    AssessmentStore store;

    @Test
    void writeThatCannotBeStoredFailsAloneWhileTheWritesArrivingWithItAreStored() throws Exception {
        Assessment first = assessment(UUID.randomUUID(), "first");
        store.add(first);
        long before = StoredRows.assessments();

        ExecutorService threads = Executors.newFixedThreadPool(WRITERS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Optional<Exception>>> outcomes = new ArrayList<>();
        List<UUID> fresh = new ArrayList<>();
        try {
            for (int i = 0; i < WRITERS; i++) {
                // one of them reuses the id of the stored assessment, which the primary key refuses
                UUID id = i == WRITERS / 2 ? first.id : UUID.randomUUID();
                if (i != WRITERS / 2) {
                    fresh.add(id);
                }
                Assessment assessment = assessment(id, "writer-" + i);
                outcomes.add(threads.submit(() -> {
                    start.await();
                    try {
                        store.add(assessment);
                        return Optional.<Exception>empty();
                    } catch (RuntimeException e) {
                        return Optional.<Exception>of(e);
                    }
                }));
            }
            start.countDown();

            for (int i = 0; i < WRITERS; i++) {
                Optional<Exception> outcome = outcomes.get(i).get();
                if (i == WRITERS / 2) {
                    assertThat(outcome).as("the write that reuses an id").isPresent();
                } else {
                    assertThat(outcome).as("write %d", i).isEmpty();
                }
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(StoredRows.assessments()).isEqualTo(before + WRITERS - 1);
        for (UUID id : fresh) {
            assertThat(store.find(id)).as("stored %s", id).isPresent();
        }
        assertThat(store.find(first.id).orElseThrow().participant).isEqualTo("first");
        assertThat(StoredRows.findingsOf(first.id.toString())).isEqualTo(1);
    }

    private static Assessment assessment(UUID id, String participant) {
        Assessment assessment = new Assessment();
        assessment.id = id;
        assessment.participant = participant;
        assessment.language = "en";
        assessment.createdAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        assessment.knowledgeBaseVersion = "sha256:test";
        assessment.report = ("{\"id\":\"" + id + "\"}").getBytes(StandardCharsets.UTF_8);
        Finding finding = new Finding();
        finding.id = UUID.randomUUID();
        finding.assessment = assessment;
        finding.position = 0;
        finding.rule = "A rule";
        finding.pitfall = "missing-content-talent";
        finding.severity = "high";
        assessment.findings.add(finding);
        return assessment;
    }
}
