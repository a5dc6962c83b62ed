package app.commerceadvisor.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the coaches' pages (cohorts, a cohort's overview and charts, the review forms on a report), in
 * English here and in Chinese in {@code messages/coach_zh.properties}; a template reads them as
 * {@code {coach:name}}. Pitfall titles and severity labels come from the knowledge base in each language.
 */
@MessageBundle(value = "coach", locale = "en")
public interface CoachLabels {

    @Message("Your cohorts")
    String cohortsTitle();

    @Message("No cohort to show: a trainer puts you into a cohort as its coach.")
    String noCohorts();

    @Message("Cohort")
    String cohort();

    @Message("Participants")
    String participants();

    @Message("Assessments")
    String assessments();

    @Message("Waiting for review")
    String waiting();

    @Message("{participants} {#if participants == 1}participant{#else}participants{/if}, {assessments} "
            + "{#if assessments == 1}assessment{#else}assessments{/if}, {waiting} waiting for review.")
    String cohortFigures(int participants, int assessments, int waiting);

    @Message("Nothing is waiting for review.")
    String nothingWaiting();

    @Message("Oldest first.")
    String waitingCaption();

    @Message("Made (UTC)")
    String madeAt();

    @Message("Participant")
    String participant();

    @Message("Findings")
    String findings();

    @Message("Latest assessment")
    String latest();

    @Message("Review")
    String reviewColumn();

    @Message("reviewed")
    String reviewed();

    @Message("waiting")
    String notReviewed();

    @Message("no assessment yet")
    String noAssessment();

    @Message("Open the report to review it")
    String openToReview();

    @Message("Cohort overview")
    String overview();

    @Message("No findings in this cohort yet.")
    String noFindings();

    @Message("Pitfalls by severity")
    String severityChartTitle();

    @Message("How often each pitfall was found in the cohort's assessments, split by severity; the number after each bar counts the findings and the participants they belong to.")
    String severityChartDescription();

    @Message("{findings} {#if findings == 1}finding{#else}findings{/if} · {participants} "
            + "{#if participants == 1}participant{#else}participants{/if}")
    String severityBarText(int findings, int participants);

    @Message("Pitfall")
    String pitfall();

    @Message("Agreement of the coaches per pitfall")
    String agreementChartTitle();

    @Message("For each reviewed pitfall, the share of coach reviews that agreed with the finding, from 0 to 100 %, and how many reviews there were.")
    String agreementChartDescription();

    @Message("{percent} % of {reviews} {#if reviews == 1}review{#else}reviews{/if}")
    String agreementBarText(int percent, int reviews);

    @Message("No finding of this cohort has been reviewed yet.")
    String noReviews();

    @Message("Agree")
    String agree();

    @Message("Disagree")
    String disagree();

    @Message("Unsure")
    String unsure();

    @Message("Reviews")
    String reviews();

    @Message("Agreement")
    String agreement();

    @Message("The same figures as a table")
    String asTable();

    @Message("Your review of “{title}”")
    String verdictOn(String title);

    @Message("Note for the participant (optional, at most 2,000 characters)")
    String note();

    @Message("Save the review")
    String save();

    @Message("Your summary note")
    String summaryTitle();

    @Message("Note on the whole assessment (at most 2,000 characters)")
    String summaryNote();

    @Message("Save the note")
    String saveSummary();

    @Message("Choose agree, disagree or unsure.")
    String chooseVerdict();

    @Message("The note {problem}.")
    String noteProblem(String problem);

    @Message("Not saved: see the error below.")
    String notSaved();
}
