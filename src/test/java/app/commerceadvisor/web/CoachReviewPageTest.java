package app.commerceadvisor.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import app.commerceadvisor.assessment.Merchants;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;

/**
 * A coach reviews a finding in place on the report page, reached from their cohorts, and the participant reads
 * the note with their report; a refused form stores nothing and says why beside the field; what a coach typed is
 * shown as text.
 */
@QuarkusTest
class CoachReviewPageTest {

    /** The finding a merchant without a content lead gets (see ReviewTest, PrintableReportTest). */
    private static final String PITFALL = "missing-content-talent";

    @TestHTTPResource("/")
    URI base;

    private String participant;
    private String coach;
    private String cohort;
    private String assessment;

    @BeforeEach
    void aCohortWithAnAssessmentWaitingForReview() {
        participant = PageAccounts.account("shop", "participant");
        coach = PageAccounts.account("coach", "coach");
        cohort = PageAccounts.cohort(participant, coach);
        assessment = given().auth().preemptive().basic(participant, PageAccounts.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("participant", "Orchard Li", "language", "en",
                        "answers", Merchants.healthyExcept("content-lead", false, "products", "Mountain oranges")))
                .when().post("/api/assessments").then().statusCode(201).extract().path("id");
    }

    @Test
    void coachReviewsAWaitingFindingAsDisagreeAndTheParticipantReadsTheNote() {
        String note = "They do have a content lead since May; the answer was outdated.";
        try (Browser coaching = Browser.open(base)) {
            signedIn(coaching, coach).go("/coach");
            coaching.assertAccessible();
            send(coaching, "a[href='/coach/cohorts/" + cohort + "']");
            assertThat(coaching.find("table.waiting").getText()).contains(participant);
            send(coaching, "table.waiting a[href='/assessments/" + assessment + "']");
            assertThat(coaching.path()).isEqualTo("/assessments/" + assessment);
            assertThat(coaching.all("form.review-form")).as("one form per finding and one for the summary").hasSizeGreaterThan(1);

            coaching.click(form() + " input[value=disagree]").type("#note-" + PITFALL, note);
            coaching.assertAccessible().screenshot("coach-review");
            send(coaching, form() + " button[type=submit]");

            assertThat(coaching.url()).endsWith("/assessments/" + assessment + "#finding-" + PITFALL);
            assertThat(coaching.find("#finding-" + PITFALL + " blockquote.coach-review").getText())
                    .contains(coach, "disagrees", note);
            assertThat(coaching.find(form() + " input[value=disagree]").isSelected()).as("the form shows the saved verdict")
                    .isTrue();
            assertThat(coaching.find("#note-" + PITFALL).getAttribute("value")).isEqualTo(note);
            coaching.go("/coach/cohorts/" + cohort);
            assertThat(coaching.text()).contains("Nothing is waiting for review.");
        }
        try (Browser reading = Browser.open(base)) {
            signedIn(reading, participant).go("/assessments/" + assessment);
            assertThat(reading.find("#finding-" + PITFALL + " blockquote.coach-review").getText()).contains(note);
            assertThat(reading.has("form.review-form")).as("a participant gets no review form").isFalse();
            reading.assertAccessible();
        }
    }

    @Test
    void aFormWithoutVerdictOrWithATooLongNoteIsShownAgainWithTheErrorAndStoresNothing() {
        try (Browser coaching = Browser.open(base)) {
            signedIn(coaching, coach).go("/assessments/" + assessment);
            coaching.type("#note-" + PITFALL, "Kept when refused");
            send(coaching, form() + " button[type=submit]");

            assertThat(coaching.find("#verdict-" + PITFALL + "-error").getText()).isEqualTo("Choose agree, disagree or unsure.");
            assertThat(coaching.find("#note-" + PITFALL).getAttribute("value")).isEqualTo("Kept when refused");
            assertThat(coaching.script("return document.activeElement.name")).as("the refused field has the focus")
                    .isEqualTo("verdict");
            coaching.assertAccessible();

            coaching.click(form() + " input[value=agree]");
            coaching.script("arguments[0].value = arguments[1]", coaching.find("#note-" + PITFALL), "x".repeat(2001));
            send(coaching, form() + " button[type=submit]");
            assertThat(coaching.find("#note-" + PITFALL + "-error").getText()).contains("The note is too long", "2000");
            assertThat(coaching.find(form() + " input[value=agree]").isSelected()).isTrue();
            assertThat(coaching.has("#verdict-" + PITFALL + "-error")).isFalse();

            send(coaching, "#review-summary button[type=submit]");
            assertThat(coaching.find("#note-summary-error").getText()).isEqualTo("The note is required.");
        }
        List<Object> stored = given().auth().preemptive().basic(participant, PageAccounts.PASSWORD)
                .when().get("/api/assessments/" + assessment + "/reviews")
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(stored).isEmpty();
    }

    @Test
    void aNoteHoldingAScriptIsShownAsTextToTheCoachAndTheParticipant() {
        String note = "<script>alert(1)</script> and <b>bold</b>";
        try (Browser coaching = Browser.open(base)) {
            signedIn(coaching, coach).go("/assessments/" + assessment);
            coaching.click(form() + " input[value=unsure]").type("#note-" + PITFALL, note);
            send(coaching, form() + " button[type=submit]");
            coaching.type("#note-summary", note);
            send(coaching, "#review-summary button[type=submit]");

            assertThat(coaching.find("#finding-" + PITFALL + " blockquote.coach-review").getText()).contains(note);
            assertThat(coaching.find("section[aria-labelledby=coach-notes]").getText())
                    .contains(note);
            assertThat(coaching.find("#note-" + PITFALL).getAttribute("value")).isEqualTo(note);
            assertNoScriptButTheSitesOwn(coaching);
        }
        try (Browser reading = Browser.open(base)) {
            signedIn(reading, participant).go("/assessments/" + assessment);
            assertThat(reading.path()).isEqualTo("/assessments/" + assessment);
            assertThat(reading.text()).contains(note);
            assertThat(reading.has("main b")).as("the note's markup is not markup").isFalse();
            assertNoScriptButTheSitesOwn(reading);
        }
    }

    /**
     * Signs in and waits for the page the sign-in leads to: Browser.signIn returns as soon as the browser is not on
     * /j_security_check, which it may not have reached yet, and a page asked for right then loses to the redirect.
     */
    static Browser signedIn(Browser browser, String username) {
        browser.signIn(username, PageAccounts.PASSWORD);
        browser.waitUntil(ignored -> !List.of("/sign-in", "/j_security_check", "/").contains(browser.path()));
        return browser;
    }

    /**
     * Submits a form (or follows a link) and waits for the next page. Like Browser.submit, but Chromium sometimes answers the check on
     * the old button with "Node with given id does not belong to the document" instead of a stale element, which
     * Browser.submit's wait does not take for "gone".
     */
    static void send(Browser browser, String button) {
        WebElement sent = browser.find(button);
        sent.click();
        browser.waitUntil(ignored -> {
            try {
                sent.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
    }

    private static void assertNoScriptButTheSitesOwn(Browser browser) {
        // an open alert would make this call fail (Selenium refuses commands while a dialog is open)
        @SuppressWarnings("unchecked")
        List<String> scripts = (List<String>) browser.script(
                "return Array.from(document.querySelectorAll('script')).map(s => s.getAttribute('src'))");
        assertThat(scripts).containsExactly("/assets/advisor.js");
    }

    private static String form() {
        return "#review-" + PITFALL;
    }
}
