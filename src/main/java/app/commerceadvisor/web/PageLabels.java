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
}
