package app.commerceadvisor.assessment;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One assessment as a list shows it. */
@Schema(name = "AssessmentSummary")
public record AssessmentSummary(
        UUID id,
        @Schema(description = "The name the participant gave in the assessment")
        String participant,
        @Schema(description = "The account that submitted it; absent for assessments made before accounts")
        String owner,
        @Schema(description = "The cohort its participant was in when it was submitted, if any")
        UUID cohort,
        String language,
        Instant createdAt,
        int revision,
        String knowledgeBaseVersion,
        @Schema(description = "How many findings its latest revision has")
        int findings,
        @Schema(description = "Path of the assessment")
        String path) {
}
