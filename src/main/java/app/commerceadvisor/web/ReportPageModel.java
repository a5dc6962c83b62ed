package app.commerceadvisor.web;

import app.commerceadvisor.assessment.AssessmentView;
import app.commerceadvisor.assessment.AssessmentView.FindingView;
import app.commerceadvisor.followup.FollowUp;
import app.commerceadvisor.review.ReviewView;
import java.util.List;
import java.util.Map;

/**
 * What the report page shows: the report itself, its findings grouped under their root causes, and the
 * answers, blank questions and follow-up in words.
 *
 * @param documentLanguages the language of each source document, by file name, for the quotes
 * @param coachNotes        the coaches' summary notes
 * @param reviewsByPitfall  the coaches' reviews of each finding, by pitfall
 * @param changeable       whether the reader submitted it and may change its answers
 * @param followUp null when the stored answers no longer fit the active questionnaire
 * @param reviewing the reader's own review forms; null when the reader may not review this assessment
 */
public record ReportPageModel(AssessmentView report, String language, List<LanguageLink> otherLanguages, String madeOn,
        String revisedOn, String shortVersion, List<Group> groups, List<Strength> strengths, List<Blank> blanks,
        FollowUp followUp, Map<String, String> documentLanguages, List<ReviewView> coachNotes,
        Map<String, List<ReviewView>> reviewsByPitfall, Reviewing reviewing, boolean changeable) {

    /** Another language the report can be read in, named in that language (English, 中文). */
    public record LanguageLink(String code, String name) {
    }

    /** A finding and the findings that follow from it (empty for most). */
    public record Group(FindingView cause, List<FindingView> consequences) {
    }

    /** A pitfall checked and clear, with the answers that cleared it in words. */
    public record Strength(String title, List<AnswerLine> answers) {
    }

    /** A question and the answer given, in words; the answer null when it was left blank. */
    public record AnswerLine(String question, String answer) {
    }

    /** A blank question in words and the pitfalls it would decide. */
    public record Blank(String question, String pitfalls) {
    }

    /**
     * The forms a coach of the assessment's cohort reviews it with: one per finding, by pitfall, and one for the
     * summary note, each filled in with the reader's own review, or with what they sent when it was refused.
     */
    public record Reviewing(Map<String, ReviewForm> findings, ReviewForm summary) {

        public ReviewForm of(String pitfall) {
            return findings.getOrDefault(pitfall, ReviewForm.BLANK);
        }
    }

    /** One review form's values and, when it was refused, what is wrong with each field (null when nothing). */
    public record ReviewForm(String verdict, String note, String verdictError, String noteError) {

        static final ReviewForm BLANK = new ReviewForm(null, null, null, null);

        public boolean refused() {
            return verdictError != null || noteError != null;
        }
    }
}
