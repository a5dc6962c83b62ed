package app.commerceadvisor.replay;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What activating the content on disk would change for the assessments stored so far: each one's answers
 * evaluated with the candidate and its pitfalls compared with those it was answered with.
 */
@Schema(name = "Preview")
public record Preview(
        @Schema(description = "Version (content hash) of the rules and knowledge base on disk, not yet active")
        String candidateVersion,
        @Schema(description = "Version that is active and answers assessments")
        String activeVersion,
        @Schema(description = "Stored assessments read: replayed plus notReplayable")
        int assessments,
        @Schema(description = "Assessments evaluated again with the candidate")
        int replayed,
        @Schema(description = "Replayed assessments that would get exactly the pitfalls they got")
        int unchanged,
        @Schema(description = "Assessments whose stored answers the candidate's questionnaire no longer takes")
        int notReplayable,
        @Schema(description = "Each pitfall some assessment would gain or lose, by pitfall id")
        List<PitfallChange> pitfalls,
        @Schema(description = "The assessments that could not be replayed, in id order, at most "
                + PreviewTally.LISTED_IDS)
        List<NotReplayed> notReplayed,
        @Schema(description = "How many more could not be replayed than notReplayed lists")
        int notReplayedUnlisted) {
}
