package app.commerceadvisor.review;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A review as the API shows it, with what it said before each edit, the latest edit first. */
@Schema(name = "Review")
public record ReviewView(
        UUID id,
        @Schema(description = "The pitfall of the finding reviewed; absent for the summary note")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        String pitfall,
        @Schema(description = "agree, disagree or unsure; absent for the summary note")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        String verdict,
        String note,
        @Schema(description = "The coach who wrote it")
        String author,
        @Schema(description = "The assessment's revision it was last written on")
        int revision,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "What it said before each edit, the latest edit first")
        List<Earlier> history) {

    /** What the review said until {@code editedAt}. */
    @Schema(name = "ReviewEdit")
    public record Earlier(@JsonInclude(JsonInclude.Include.NON_NULL) String verdict, String note, Instant saidAt,
            Instant editedAt) {
    }
}
