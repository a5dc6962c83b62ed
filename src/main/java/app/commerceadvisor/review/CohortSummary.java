package app.commerceadvisor.review;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A cohort at a glance: who has which pitfall, how coaches judged them, and what still waits for review. */
@Schema(name = "CohortSummary")
public record CohortSummary(
        UUID cohort,
        String name,
        @Schema(description = "Only assessments made with this version of the knowledge base, when one was asked for")
        String knowledgeBaseVersion,
        int assessments,
        int participants,
        @Schema(description = "Each pitfall found in the cohort, the most widespread first")
        List<PitfallCount> pitfalls,
        @Schema(description = "Assessments no coach has reviewed yet, the oldest first")
        List<Waiting> waitingForReview) {

    /** How many participants have a pitfall, by severity, and how the reviews of it went. */
    @Schema(name = "CohortPitfall")
    public record PitfallCount(String pitfall, String title, int participants, Map<String, Integer> bySeverity,
            int agree, int disagree, int unsure) {
    }

    /** An assessment waiting for a coach. */
    @Schema(name = "WaitingForReview")
    public record Waiting(UUID assessment, String participant, Instant createdAt, int findings, String path) {
    }
}
