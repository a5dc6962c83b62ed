package app.commerceadvisor.web;

import app.commerceadvisor.assessment.AssessmentView;
import app.commerceadvisor.assessment.AssessmentView.FindingView;
import app.commerceadvisor.followup.AnswerLabels;
import app.commerceadvisor.followup.FollowUp;
import app.commerceadvisor.followup.FollowUps;
import app.commerceadvisor.http.UnprocessableProblem;
import app.commerceadvisor.knowledge.ActiveKnowledgeBase;
import app.commerceadvisor.knowledge.KnowledgeBase;
import app.commerceadvisor.pitfall.Pitfall;
import app.commerceadvisor.questionnaire.Question;
import app.commerceadvisor.questionnaire.Questionnaire;
import app.commerceadvisor.review.Review;
import app.commerceadvisor.review.ReviewView;
import app.commerceadvisor.review.Reviews;
import app.commerceadvisor.security.AssessmentAccess;
import app.commerceadvisor.security.Caller;
import app.commerceadvisor.security.Role;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The report of an assessment as a page a coach or participant prints or saves as PDF: the head, the
 * findings grouped under their root causes with the reasoning, advice and sources with quotes, what the
 * merchant already does well, what could not be checked, and the questions worth answering next. No
 * external assets: the page's style is inline, so it renders and prints offline.
 */
@ApplicationScoped
public class ReportPage {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance report(ReportPageModel page, PageFrame frame);
    }

    private final ActiveKnowledgeBase knowledgeBase;
    private final FollowUps followUps;
    private final Reviews reviews;
    private final Pages pages;
    private final Caller caller;
    private final AssessmentAccess access;

    ReportPage(ActiveKnowledgeBase knowledgeBase, FollowUps followUps, Reviews reviews, Pages pages, Caller caller,
            AssessmentAccess access) {
        this.access = access;
        this.knowledgeBase = knowledgeBase;
        this.followUps = followUps;
        this.reviews = reviews;
        this.pages = pages;
        this.caller = caller;
    }

    /** A review form sent and refused: {@code target} is the pitfall it was about, or {@code summary}. */
    public record Refused(String target, ReportPageModel.ReviewForm form) {
    }

    /** The page of {@code report}, the stored report or one read again in another language. */
    public TemplateInstance of(AssessmentView report) {
        return of(report, null);
    }

    /** The page of {@code report} with a refused review form shown again as it was sent, its errors beside it. */
    public TemplateInstance of(AssessmentView report, Refused refused) {
        KnowledgeBase active = knowledgeBase.require();
        String language = report.language();
        Questionnaire questionnaire = active.questionnaire(); // the loader spelt out the yes/no options already
        AnswerLabels labels = new AnswerLabels(questionnaire, language);

        Map<String, FindingView> byPitfall = new LinkedHashMap<>();
        report.findings().forEach(finding -> byPitfall.put(finding.pitfall(), finding));
        List<ReportPageModel.Group> groups = new ArrayList<>();
        for (FindingView finding : report.findings()) {
            if (finding.rootCause() == null || !byPitfall.containsKey(finding.rootCause())) {
                groups.add(new ReportPageModel.Group(finding, report.findings().stream()
                        .filter(other -> finding.pitfall().equals(other.rootCause())).toList()));
            }
        }

        List<ReportPageModel.Strength> strengths = report.head() == null ? List.of() : report.head().strengths().stream()
                .map(clear -> new ReportPageModel.Strength(clear.title(), clear.questions().stream()
                        .map(id -> answerLine(questionnaire, labels, id, report.answers().get(id), language))
                        .toList()))
                .toList();
        List<ReportPageModel.Blank> blanks = report.head() == null ? List.of() : report.head().notChecked().stream()
                .map(blank -> new ReportPageModel.Blank(blank.text(), String.join("; ", blank.pitfalls().stream()
                        .map(id -> active.pitfalls().find(id).map(Pitfall::title).map(title -> title.in(language))
                                .orElse(id))
                        .toList())))
                .toList();

        FollowUp followUp;
        try {
            followUp = followUps.of(report, language);
        } catch (UnprocessableProblem e) {
            followUp = null;
        }
        List<ReviewView> written = reviews.of(report.id());
        List<ReportPageModel.LanguageLink> otherLanguages = active.questionnaire().languages().stream()
                .filter(other -> !other.equals(language))
                .map(other -> new ReportPageModel.LanguageLink(other,
                        Locale.forLanguageTag(other).getDisplayLanguage(Locale.forLanguageTag(other))))
                .toList();
        String version = report.knowledgeBaseVersion();
        String shortVersion = PageFormats.shortVersion(version);
        return Templates.report(new ReportPageModel(report, language, otherLanguages, DAY.format(report.createdAt()),
                        report.revisedAt() == null ? null : DAY.format(report.revisedAt()), shortVersion, groups,
                        strengths, blanks, followUp, documentLanguages(active),
                        written.stream().filter(review -> review.pitfall() == null).toList(),
                        written.stream().filter(review -> review.pitfall() != null)
                                .collect(java.util.stream.Collectors.groupingBy(ReviewView::pitfall)),
                        reviewing(written, refused),
                        caller.get().map(reader -> access.owns(report.id(), reader)).orElse(false)), pages.frame())
                .setLocale(Locale.forLanguageTag(language));
    }

    /**
     * The reader's review forms, when the reader may review: a coach, as for the API's reviews; every path under
     * the assessment has already been refused (404) to a coach of another cohort by the assessment access filter.
     */
    private ReportPageModel.Reviewing reviewing(List<ReviewView> written, Refused refused) {
        Optional<Caller.Snapshot> who = caller.get().filter(reader -> reader.roles().contains(Role.COACH));
        if (who.isEmpty()) {
            return null;
        }
        Map<String, ReportPageModel.ReviewForm> findings = new LinkedHashMap<>();
        ReportPageModel.ReviewForm summary = ReportPageModel.ReviewForm.BLANK;
        for (ReviewView review : written) {
            if (!who.get().username().equals(review.author())) {
                continue;
            }
            ReportPageModel.ReviewForm form = new ReportPageModel.ReviewForm(review.verdict(), review.note(), null, null);
            if (review.pitfall() == null) {
                summary = form;
            } else {
                findings.put(review.pitfall(), form);
            }
        }
        if (refused != null && refused.target().equals(Review.SUMMARY)) {
            summary = refused.form();
        } else if (refused != null) {
            findings.put(refused.target(), refused.form());
        }
        return new ReportPageModel.Reviewing(findings, summary);
    }

    private static Map<String, String> documentLanguages(KnowledgeBase knowledgeBase) {
        Map<String, String> languages = new LinkedHashMap<>();
        knowledgeBase.documents().forEach(document -> languages.put(document.file(), document.language()));
        return languages;
    }

    private static ReportPageModel.AnswerLine answerLine(Questionnaire questionnaire, AnswerLabels labels, String id,
            JsonNode answer, String language) {
        Optional<Question> question = questionnaire.question(id);
        String text = question.map(asked -> asked.text().in(language)).orElse(id);
        String answered = answer == null || question.isEmpty() ? null : labels.of(question.get(), answer);
        return new ReportPageModel.AnswerLine(text, answered);
    }
}
