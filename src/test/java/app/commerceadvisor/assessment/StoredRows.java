package app.commerceadvisor.assessment;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.UUID;

/** Counts what the database holds, in a transaction of its own, for tests that check what was stored. */
final class StoredRows {

    private StoredRows() {
    }

    static long assessments() {
        return QuarkusTransaction.requiringNew().call(() -> Assessment.count());
    }

    static long findings() {
        return QuarkusTransaction.requiringNew().call(() -> Finding.count());
    }

    static long findingsOf(String assessmentId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Finding.count("assessment.id", UUID.fromString(assessmentId)));
    }
}
