package app.commerceadvisor.replay;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many stored assessments would gain or lose one pitfall with the candidate, and which. */
@Schema(name = "PitfallChange")
public record PitfallChange(
        @Schema(description = "The pitfall id", example = "missing-content-talent")
        String pitfall,
        @Schema(description = "How many assessments would get this pitfall and did not before")
        int gained,
        @Schema(description = "How many assessments got this pitfall and would not any more")
        int lost,
        @Schema(description = "Ids of the assessments that would gain it, in id order, at most "
                + PreviewTally.LISTED_IDS)
        List<UUID> gainedBy,
        @Schema(description = "How many more would gain it than gainedBy lists")
        int gainedByUnlisted,
        @Schema(description = "Ids of the assessments that would lose it, in id order, at most "
                + PreviewTally.LISTED_IDS)
        List<UUID> lostBy,
        @Schema(description = "How many more would lose it than lostBy lists")
        int lostByUnlisted) {
}
