package app.commerceadvisor.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the trainer's pages (knowledge-base status, coverage, coaches' disagreement, versions, the preview
 * of an edit), in English here and in Chinese in {@code messages/trainer_zh.properties}; a template reads them as
 * {@code {trainer:name}}. Problems in the content ({@code file:line: message}) are shown in the words the API gives.
 */
@MessageBundle(value = "trainer", locale = "en")
public interface TrainerLabels {

    @Message("Knowledge base")
    String title();

    @Message("Active version")
    String statusHeading();

    @Message("Version")
    String version();

    @Message("Active since (UTC)")
    String activeSince();

    @Message("Rules")
    String rules();

    @Message("Questions")
    String questions();

    @Message("Pitfalls")
    String pitfalls();

    @Message("Scenarios")
    String scenarios();

    @Message("The content on disk had problems when the service started: it answers with the last good version kept, until a reload of the fixed content succeeds.")
    String servingLastGood();

    @Message("Reloaded: a new version is active.")
    String reloadedActivated();

    @Message("Reloaded: the content on disk is the active version already.")
    String reloadedUnchanged();

    @Message("The reload was refused: the content on disk has the problems below. The active version stays.")
    String reloadedRefused();

    @Message("The last reload ({when} UTC) was refused, for these problems in the content; the version above stays active:")
    String lastReloadRefused(String when);

    @Message("Reload now")
    String reloadNow();

    @Message("Loads rules/ and knowledge-base/ from disk again and activates them if they check out.")
    String reloadHelp();

    @Message("Preview an edit against the stored assessments")
    String previewLink();

    @Message("Coverage by the scenarios")
    String coverageHeading();

    @Message("The scenarios and coverage of ./advisor check, run on the active version: {scenarios} scenarios, {gaps} coverage gaps, {failing} failing scenarios.")
    String coverageSummary(int scenarios, int gaps, int failing);

    @Message("Scenarios whose findings differ from what they expect")
    String failingScenarios();

    @Message("Scenario files that cannot be run")
    String scenarioProblems();

    @Message("Gaps that concern no single pitfall")
    String otherGaps();

    @Message("Per pitfall, those with gaps first.")
    String coverageCaption();

    @Message("Pitfall")
    String pitfall();

    @Message("Every pitfall: its rules, scenarios and gaps ({count})")
    String coverageTableSummary(int count);

    @Message("Rules that name it")
    String rulesNamingIt();

    @Message("Scenarios")
    String scenariosColumn();

    @Message("Gaps")
    String gaps();

    @Message("no rule")
    String noRule();

    @Message("fired in {count} scenarios")
    String firedIn(int count);

    @Message("expected by {count}")
    String expectedBy(int count);

    @Message("ruled out by {count}")
    String ruledOutBy(int count);

    @Message("found in {count}")
    String foundIn(int count);


    @Message("Expected by")
    String expectedByList();

    @Message("Ruled out by")
    String ruledOutByList();

    @Message("Found in")
    String foundInList();

    @Message("none")
    String none();

    @Message("Disagreement of coaches, per rule")
    String disagreementHeading();

    @Message("No coach has reviewed a finding yet.")
    String noReviews();

    @Message("The rules whose findings coaches disagreed with most first.")
    String disagreementCaption();

    @Message("Rule")
    String rule();

    @Message("Reviews")
    String reviews();

    @Message("Disagreed")
    String disagreed();

    @Message("Rate")
    String rate();

    @Message("Notes on this pitfall's findings ({count})")
    String notes(int count);

    @Message("agrees")
    String verdictAgree();

    @Message("disagrees")
    String verdictDisagree();

    @Message("is unsure")
    String verdictUnsure();

    @Message("Versions")
    String versionsHeading();

    @Message("Every version that was active, the most recently active first.")
    String versionsCaption();

    @Message("First active (UTC)")
    String firstActive();

    @Message("Last active (UTC)")
    String lastActive();

    @Message("active")
    String activeBadge();

    @Message("Preview an edit")
    String previewTitle();

    @Message("Paste the whole text of one file as you would save it. Every stored assessment is evaluated again with it, beside the content on disk; nothing is saved or activated.")
    String previewIntro();

    @Message("Start from a file as it is on disk")
    String startFrom();

    @Message("Open")
    String openFile();

    @Message("File")
    String file();

    @Message("Under rules/ (a .drl file) or knowledge-base/ (a .yaml file), e.g. rules/channels.drl. A new name adds a file.")
    String fileHelp();

    @Message("Text of the file")
    String text();

    @Message("Show the effect")
    String runPreview();

    @Message("Name a file under rules/ ending in .drl or under knowledge-base/ ending in .yaml, e.g. rules/channels.drl; the text may be at most {max} characters.")
    String badPath(int max);

    @Message("The edit has problems; nothing was replayed:")
    String editHasProblems();

    @Message("Effect on the stored assessments")
    String effectHeading();

    @Message("Candidate version {candidate}, active version {active}.")
    String versions(String candidate, String active);

    @Message("Assessments")
    String assessments();

    @Message("Evaluated again")
    String replayed();

    @Message("Unchanged")
    String unchanged();

    @Message("Could not be evaluated again")
    String notReplayable();

    @Message("No stored assessment would change.")
    String nothingChanges();

    @Message("Per pitfall")
    String perPitfall();

    @Message("Would appear")
    String gained();

    @Message("Would disappear")
    String lost();

    @Message("Per assessment")
    String perAssessment();

    @Message("Assessment")
    String assessment();

    @Message("and {count} more not listed")
    String unlisted(int count);


    @Message("Back to the knowledge base")
    String backToStatus();
}
