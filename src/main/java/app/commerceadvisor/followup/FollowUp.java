package app.commerceadvisor.followup;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What to ask a merchant next: the questions left blank, most decisive first, each with the findings its
 * answer could add or remove; and the near misses, pitfalls not found only because answers are missing,
 * with the questions that would decide them. Worked out against the real rules of one version.
 */
@Schema(name = "FollowUp")
public record FollowUp(
        UUID assessment,
        @Schema(description = "The version whose rules were tried: the active one, which may be newer than the "
                + "assessment's")
        String knowledgeBaseVersion,
        String language,
        @Schema(description = "Blank questions whose answer could change a finding, most decisive first")
        List<QuestionToAsk> questions,
        @Schema(description = "How many blank questions no answer of which changes a finding")
        int questionsDecidingNothing,
        @Schema(description = "Pitfalls not found only because answers are missing")
        List<NearMiss> nearMisses) {

    /** A blank question and the findings its answer could decide. */
    @Schema(name = "QuestionToAsk")
    public record QuestionToAsk(String question, String text, List<Decision> decides) {
    }

    /**
     * A finding a question's answer decides: {@code adds} when some answer would add it, {@code removes} when
     * some answer would remove it, with those answers.
     */
    @Schema(name = "Decision")
    public record Decision(String pitfall, String title, String effect, List<String> answers) {
    }

    /** A pitfall that would be found once these blank questions are answered in some way. */
    @Schema(name = "NearMiss")
    public record NearMiss(String pitfall, String title, List<Way> ways) {
    }

    /** One rule that could find the near miss, and exactly the blank questions it still needs. */
    @Schema(name = "NearMissWay")
    public record Way(String rule, String ruleTitle, List<String> questions, List<String> questionTexts) {
    }
}
