package app.commerceadvisor.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import app.commerceadvisor.assessment.Merchants;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** What every page owes its readers: a phone's width, the keyboard, print, and forms no other site can send. */
@QuarkusTest
class PageBasicsTest {

    private static final Path SCENARIO = Path.of("knowledge-base/scenarios/07-fresh-produce-before-big-promotion.yaml");

    @TestHTTPResource("/")
    URI base;

    @Test
    void everyParticipantPageFitsAPhoneScreenWithoutSidewaysScrolling() {
        String participant = PageAccounts.account("phone", "participant");
        String id = submit(participant);
        try (Browser browser = Browser.open(base)) {
            browser.signIn(participant, PageAccounts.PASSWORD).size(390, 844);
            for (String page : List.of("/questionnaire", "/interview", "/assessments", "/assessments/" + id)) {
                browser.go(page);
                long overflow = (Long) browser.script(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
                assertThat(overflow).as("sideways scrolling on " + page + " at 390 px").isLessThanOrEqualTo(0L);
            }
            browser.go("/questionnaire").screenshot("questionnaire-phone");
        }
    }

    @Test
    void theKeyboardReachesTheSkipLinkFirstAndEveryQuestionInOrder() {
        String participant = PageAccounts.account("keys", "participant");
        try (Browser browser = Browser.open(base)) {
            browser.signIn(participant, PageAccounts.PASSWORD).go("/questionnaire");
            WebElement first = browser.press(Keys.TAB);
            assertThat(first.getAttribute("class")).isEqualTo("skip");
            assertThat(first.isDisplayed()).as("the skip link shows when it has the focus").isTrue();
            first.sendKeys(Keys.ENTER);
            assertThat(browser.url()).endsWith("#main");
            // from the content the keyboard goes through the form's fields, never stuck, and reaches the send button
            boolean reachedSend = false;
            for (int i = 0; i < 200 && !reachedSend; i++) {
                WebElement focused = browser.press(Keys.TAB);
                reachedSend = focused.getAttribute("data-step-submit") != null;
            }
            assertThat(reachedSend).as("the send button is reached by Tab").isTrue();
        }
    }

    @Test
    void theReportPrintsWithoutNavigationButtonsOrForms() {
        String participant = PageAccounts.account("print", "participant");
        String id = submit(participant);
        try (Browser browser = Browser.open(base)) {
            browser.signIn(participant, PageAccounts.PASSWORD).go("/assessments/" + id);
            assertThat(browser.find("header.top").isDisplayed()).isTrue();
            browser.printMedia(true);
            assertThat(browser.find("header.top").isDisplayed()).isFalse();
            assertThat(browser.find("button[data-print]").isDisplayed()).isFalse();
            assertThat(browser.find("h1").isDisplayed()).isTrue();
            assertThat(browser.all(".finding")).allMatch(WebElement::isDisplayed).isNotEmpty();
            browser.printMedia(false);
        }
    }

    @Test
    void aFormSentWithoutItsCsrfTokenIsRefusedAndStoresNothing() {
        String participant = PageAccounts.account("csrf", "participant");
        given().auth().preemptive().basic(participant, PageAccounts.PASSWORD).contentType(ContentType.URLENC)
                .formParam("q-gross-margin", "12").redirects().follow(false)
                .when().post("/questionnaire").then().statusCode(400);
        given().auth().preemptive().basic(participant, PageAccounts.PASSWORD).contentType(ContentType.URLENC)
                .cookie("csrf-token", "AAAAAAAAAAAAAAAAAAAAAA").formParam("csrf-token", "BBBBBBBBBBBBBBBBBBBBBB")
                .formParam("q-gross-margin", "12").redirects().follow(false)
                .when().post("/questionnaire").then().statusCode(400)
                .contentType(org.hamcrest.Matchers.startsWith("text/html"))
                .body(org.hamcrest.Matchers.containsString("Nothing was stored"));
        assertThat(given().queryParam("participant", participant).when().get("/api/assessments").then()
                .statusCode(200).extract().jsonPath().getList("$")).isEmpty();
    }

    @Test
    void aFormPostedToTheApiFromAnotherSiteIsRefusedAsProblemJsonAndDoesNothing() {
        String before = given().when().get("/api/knowledge-base/status").then().statusCode(200).extract()
                .path("lastAttempt");
        given().contentType(ContentType.URLENC).formParam("anything", "x").when().post("/api/knowledge-base/reload")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("CSRF"))
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("Content-Type"));
        assertThat((String) given().when().get("/api/knowledge-base/status").then().extract().path("lastAttempt"))
                .as("no reload was attempted").isEqualTo(before);
        given().noContentType().when().post("/api/knowledge-base/reload").then().statusCode(200);
    }

    @Test
    void aWholeRuleFileFitsInAFormField() throws java.io.IOException {
        io.restassured.response.Response form = given().when().get("/trainer/preview").then().statusCode(200).extract()
                .response();
        String token = form.getCookie("csrf-token");
        String rules = java.nio.file.Files.readString(Path.of("rules/sales-logic.drl"));
        assertThat(rules.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).as("over Quarkus' default 2 KB")
                .isGreaterThan(2048);
        given().cookie("csrf-token", token).contentType(ContentType.URLENC).formParam("csrf-token", token)
                .formParam("path", "rules/sales-logic.drl").formParam("text", rules)
                .when().post("/trainer/preview").then().statusCode(200);
    }

    @Test
    void pagesLoadNothingFromElsewhereAndRunNoInlineScript() {
        String policy = given().redirects().follow(false).when().get("/sign-in").then().statusCode(200)
                .extract().header("Content-Security-Policy");
        assertThat(policy).contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-eval").doesNotContain("script-src 'self' 'unsafe-inline'");
        assertThat(given().when().get("/api/questionnaire").then().extract().header("Content-Security-Policy"))
                .as("the API is not a page").isNull();
    }

    @Test
    void theStartPageSendsEachReaderToTheirOwnPages() {
        String participant = PageAccounts.account("home", "participant");
        String coach = PageAccounts.account("home-coach", "coach");
        try (Browser browser = Browser.open(base)) {
            browser.go("/");
            assertThat(browser.path()).isEqualTo("/sign-in");
            browser.signIn(participant, PageAccounts.PASSWORD).go("/");
            assertThat(browser.path()).isEqualTo("/assessments");
        }
        try (Browser browser = Browser.open(base)) {
            browser.signIn(coach, PageAccounts.PASSWORD).go("/");
            assertThat(browser.path()).isEqualTo("/coach");
        }
    }

    private static String submit(String participant) {
        return given().auth().preemptive().basic(participant, PageAccounts.PASSWORD).contentType(ContentType.JSON)
                .body(Merchants.request("en", Merchants.answersOf(SCENARIO))).when().post("/api/assessments").then()
                .statusCode(201).extract().path("id");
    }
}
