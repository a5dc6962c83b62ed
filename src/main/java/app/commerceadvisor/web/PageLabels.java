package app.commerceadvisor.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the pages, in English here and in Chinese in {@code messages/page_zh.properties}; a template
 * reads them as {@code {page:name}}. The questionnaire, findings and advice come from the knowledge base in
 * each language, not from here.
 */
@MessageBundle(value = "page", locale = "en")
public interface PageLabels {

    @Message("Commerce Advisor")
    String product();

    @Message("Skip to the content")
    String skipToContent();

    @Message("Main navigation")
    String navigation();

    @Message("New assessment")
    String navQuestionnaire();

    @Message("Interview")
    String navInterview();

    @Message("Assessments")
    String navAssessments();

    @Message("Cohorts")
    String navCohorts();

    @Message("Knowledge base")
    String navKnowledgeBase();

    @Message("Language")
    String language();

    @Message("Signed in as {name}")
    String signedInAs(String name);

    @Message("Sign out")
    String signOut();

    @Message("Sign in")
    String signIn();

    @Message("User name")
    String username();

    @Message("Password")
    String password();

    @Message("The user name or password is not right. Try again, or ask your trainer to set a new password.")
    String signInFailed();

    @Message("You have been signed out.")
    String signedOut();

    @Message("Sign in with the account your trainer gave you.")
    String signInIntro();

    @Message("Page not found")
    String notFoundTitle();

    @Message("Not for your role")
    String forbiddenTitle();

    @Message("Something went wrong")
    String errorTitle();

    @Message("Back to the start page")
    String backHome();

    @Message("Assessments")
    String assessmentsTitle();

    @Message("Answer the questionnaire")
    String startQuestionnaire();

    @Message("Be interviewed, one question at a time")
    String startInterview();

    @Message("No assessments yet.")
    String noAssessmentsYet();

    @Message("Newest first. Open one to read its report.")
    String assessmentsCaption();

    @Message("Made (UTC)")
    String madeAt();

    @Message("Participant")
    String participantName();

    @Message("Findings")
    String findingsCount();

    @Message("Revision")
    String revisionColumn();

    @Message("Earlier revisions")
    String earlierRevisions();

    @Message("Revision {number}")
    String revisionNumber(int number);

    @Message("Questionnaire")
    String questionnaireTitle();

    @Message("About fifteen minutes. Answer what you know; a question left blank is never taken as a no, it only leaves some pitfalls unchecked. Your answers are kept in this browser until you send them.")
    String questionnaireIntro();

    @Message("See my report")
    String seeMyReport();

    @Message("Change my answers")
    String changeAnswersTitle();

    @Message("Change what has changed and save: the report is written again as a new revision, and the earlier one is kept.")
    String changeAnswersIntro();

    @Message("Save as a new revision")
    String saveRevision();

    @Message("A number, at least {min}")
    String numberAtLeast(String min);

    @Message("A number from {min} to {max}")
    String numberBetween(String min, String max);

    @Message("Leave blank / not sure")
    String leaveBlank();

    @Message("Sections")
    String sections();

    @Message("Section {number} of {total}")
    String sectionProgress(String number, int total);

    @Message("Back")
    String back();

    @Message("Next section")
    String next();

    @Message("Your unsent answers from this browser were filled in again.")
    String draftRestored();

    @Message("Start afresh")
    String startAfresh();

    @Message("{count} answer(s) could not be taken. Nothing was stored; your answers are still here. Correct the marked questions and send again:")
    String errorSummary(int count);

    @Message("Asked because of an earlier answer")
    String followUp();

    @Message("Change my answers")
    String changeAnswers();

    @Message("Interview")
    String interviewTitle();

    @Message("One question at a time, always the one that decides the most. It ends when no answer left could change your report; you may finish earlier. Nothing is stored until then.")
    String interviewIntro();

    @Message("Question {number}")
    String questionNumber(int number);

    @Message("Answer and continue")
    String answerAndContinue();

    @Message("Skip this question")
    String skipQuestion();

    @Message("Finish and see my report")
    String finishInterview();

    @Message("Why this question: your answer decides")
    String whyAsked();

    @Message("Found so far ({answered} answers)")
    String foundSoFar(int answered);

    @Message("Nothing yet.")
    String nothingFoundYet();

    @Message("“{typed}” is not a number: type digits only, e.g. 30")
    String typeANumber(String typed);

    @Message("The form could not be taken: it was open too long, or was sent from somewhere else. Nothing was stored. Go back, reload the page and send it again; the answers you gave are kept in this browser.")
    String formRefused();

    @Message("Choose or type an answer, or skip this question.")
    String chooseOrSkip();
}
