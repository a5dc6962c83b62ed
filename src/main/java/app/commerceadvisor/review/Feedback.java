package app.commerceadvisor.review;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What coaches think of the rules: per pitfall (and per rule that found it) how often they disagreed, with
 * their notes, so that a rule coaches keep disagreeing with is visible to its authors.
 */
@Schema(name = "Feedback")
public record Feedback(
        @Schema(description = "Pitfalls with reviews, the highest disagreement rate first")
        List<PitfallFeedback> pitfalls,
        @Schema(description = "Where to replay the stored assessments with the content on disk before activating a fix")
        String preview) {

    /** The reviews of one pitfall's findings. */
    @Schema(name = "PitfallFeedback")
    public record PitfallFeedback(String pitfall, String title, int reviews, int agree, int disagree, int unsure,
            @Schema(description = "disagree / reviews") double disagreementRate, List<RuleFeedback> rules,
            List<Note> notes) {
    }

    /** The reviews of the findings one rule made (the first rule of each finding). */
    @Schema(name = "RuleFeedback")
    public record RuleFeedback(String rule, int reviews, int disagree) {
    }

    /** A coach's review with its note, and how to turn a disagreement into a scenario. */
    @Schema(name = "FeedbackNote")
    public record Note(UUID review, UUID assessment, String author, String verdict, String note, Instant updatedAt,
            @Schema(description = "POST here to turn this disagreement into a scenario under knowledge-base/scenarios/; "
                    + "absent unless the verdict is disagree") String scenario) {
    }
}
