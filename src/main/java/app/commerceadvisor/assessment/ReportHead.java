package app.commerceadvisor.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The head of a report, what a consultant puts first: a three-line summary, the top three priorities
 * (most urgent, then most severe), one first step for this week, what the merchant already does well
 * (pitfalls whose every question was answered and none of whose rules fired), and what could not be
 * checked (the blank questions, each with the pitfalls whose rules read it).
 */
@Schema(name = "ReportHead")
public record ReportHead(
        @Schema(description = "Three lines in the report's language")
        List<String> summary,
        @Schema(description = "The three findings to deal with first")
        List<Priority> priorities,
        @Schema(description = "The first step for this week: the first priority's first piece of advice; absent "
                + "without findings")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        FirstStep firstStep,
        @Schema(description = "Pitfalls checked and clear: every question their rules read was answered, and none fired")
        List<Clear> strengths,
        @Schema(description = "Questions left blank, each with the pitfalls whose rules read it")
        List<NotChecked> notChecked) {

    /** A finding among the first three, with why it comes where it does. */
    @Schema(name = "Priority")
    public record Priority(int rank, String pitfall, String title, String urgencyLabel, String severityLabel) {
    }

    /** What to do first, and for which finding. */
    @Schema(name = "FirstStep")
    public record FirstStep(String pitfall, String text) {
    }

    /**
     * A pitfall checked and clear, and the questions whose answers cleared it; the answers themselves are
     * the report's {@code answers}, so they are not written twice.
     */
    @Schema(name = "Clear")
    public record Clear(String pitfall, String title,
            @Schema(description = "The questions whose answers (in the report's answers) cleared it")
            List<String> questions) {
    }

    /** A blank question in words, and the pitfalls whose rules read it. */
    @Schema(name = "NotChecked")
    public record NotChecked(String question, String text, List<String> pitfalls) {
    }
}
