package app.commerceadvisor.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The fixed words of the printable report (headings, captions), in English here and in Chinese in
 * {@code messages/report_zh.properties}. The report's content (findings, advice, sources) comes from the
 * knowledge base in the report's language; these are only the page's own words.
 */
@MessageBundle(value = "report", locale = "en")
public interface ReportLabels {

    @Message("Diagnostic report")
    String title();

    @Message("Participant")
    String participant();

    @Message("Made on")
    String madeOn();

    @Message("Revision")
    String revision();

    @Message("Rules and knowledge base")
    String version();

    @Message("Read in")
    String readIn();

    @Message("Print or save as PDF")
    String print();

    @Message("In three lines")
    String inThreeLines();

    @Message("Priorities")
    String priorities();

    @Message("Your first step this week")
    String firstStep();

    @Message("Findings, grouped by root cause")
    String findings();

    @Message("No pitfall was found in your answers.")
    String noFindings();

    @Message("Follows from: {title}")
    String followsFrom(String title);

    @Message("Why we say this")
    String why();

    @Message("What to do")
    String whatToDo();

    @Message("This advice is worded to fit the advice on “{title}”, which comes first for you.")
    String yieldsTo(String title);

    @Message("Your answers it rests on")
    String yourAnswers();

    @Message("Figures compared with")
    String thresholds();

    @Message("Sources")
    String sources();

    @Message("What you already do well")
    String strengths();

    @Message("Nothing could be confirmed as clear yet: answer more questions to see what you already do well.")
    String noStrengths();

    @Message("What could not be checked")
    String notChecked();

    @Message("would decide: {titles}")
    String wouldDecide(String titles);

    @Message("Questions worth answering next")
    String askNext();

    @Message("adds")
    String adds();

    @Message("removes")
    String removes();

    @Message("Not found only because answers are missing")
    String nearMisses();

    @Message("would be decided by")
    String decidedBy();

    @Message("Your answers no longer fit the current questionnaire, so what to ask next cannot be worked out.")
    String followUpUnavailable();

    @Message("This report states only what your answers and the cited documents support. Figures called rules of "
            + "thumb are the product's own, not the documents'. Blank questions are listed above, never taken as “no”.")
    String assumptions();

    @Message("answered")
    String answered();

    @Message("Your coach's notes")
    String coachNotes();

    @Message("Coach's review")
    String coachReview();

    @Message("agrees")
    String verdictAgree();

    @Message("disagrees")
    String verdictDisagree();

    @Message("is unsure")
    String verdictUnsure();
}
