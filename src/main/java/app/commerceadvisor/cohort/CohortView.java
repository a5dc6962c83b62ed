package app.commerceadvisor.cohort;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A cohort with the user names of its participants and coaches. */
@Schema(name = "Cohort")
public record CohortView(UUID id, String name, Instant createdAt, List<String> participants, List<String> coaches) {
}
