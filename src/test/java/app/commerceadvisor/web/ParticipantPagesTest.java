package app.commerceadvisor.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import app.commerceadvisor.assessment.Merchants;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A course participant in a real browser: the questionnaire, the interview, the report, their own list. */
@QuarkusTest
class ParticipantPagesTest {

    /** A fresh-produce seller before a big promotion: five findings, answers of several kinds. */
    private static final Path SCENARIO = Path.of("knowledge-base/scenarios/07-fresh-produce-before-big-promotion.yaml");

    @TestHTTPResource("/")
    URI base;

    @Test
    void aParticipantFillsInTheFormSeesAFollowUpAppearSendsItAndReadsTheReport() {
        String participant = PageAccounts.account("form", "participant");
        Map<String, Object> answers = Merchants.answersOf(SCENARIO);
        try (Browser browser = Browser.open(base)) {
            browser.signIn(participant, PageAccounts.PASSWORD).go("/questionnaire");
            QuestionnaireFiller form = new QuestionnaireFiller(browser);
            browser.assertAccessible();

            // a follow-up question the merchant answers appears once the answer it follows is given
            Map<String, String> followUps = given().when().get("/api/questionnaire").then().extract().jsonPath()
                    .getMap("sections.questions.flatten().findAll { it.showIf != null }"
                            + ".collectEntries { [it.id, it.showIf.question] }", String.class, String.class);
            String followUp = answers.keySet().stream().filter(followUps::containsKey)
                    .filter(id -> answers.containsKey(followUps.get(id))).findFirst().orElseThrow();
            String earlier = followUps.get(followUp);
            form.open(followUp);
            assertThat(form.shown(followUp)).as(followUp + " before " + earlier + " is answered").isFalse();
            form.answer(earlier, answers.get(earlier));
            assertThat(form.shown(followUp)).as(followUp + " once " + earlier + " is answered").isTrue();
            browser.screenshot("questionnaire");

            Map<String, Object> rest = new java.util.LinkedHashMap<>(answers);
            rest.remove(earlier);
            form.fill(rest).send();

            assertThat(browser.path()).startsWith("/assessments/");
            String id = browser.path().substring("/assessments/".length());
            JsonPath report = given().when().get("/api/assessments/" + id).then().statusCode(200).extract().jsonPath();
            assertThat(report.getString("participant")).isEqualTo(participant);
            assertThat(report.getMap("answers")).containsAllEntriesOf(answers);
            List<String> titles = report.getList("findings.title", String.class);
            assertThat(titles).hasSize(5);
            String page = browser.text();
            titles.forEach(title -> assertThat(page).contains(title));
            assertThat(page).contains(report.getString("head.firstStep.text"));
            browser.assertAccessible().screenshot("report");
            browser.go("/questionnaire");
            assertThat(browser.find("[data-draft-restored]").isDisplayed()).as("the draft went once the form was taken")
                    .isFalse();
            assertThat(browser.find("#field-gross-margin").getAttribute("value")).isEmpty();
        }
    }

    @Test
    void aRefusedAnswerShowsTheFormAgainWithEveryAnswerKeptAndTheErrorNextToItsQuestion() {
        String participant = PageAccounts.account("refused", "participant");
        try (Browser browser = Browser.open(base)) {
            browser.signIn(participant, PageAccounts.PASSWORD).go("/questionnaire");
            QuestionnaireFiller form = new QuestionnaireFiller(browser);
            form.answer("products", "Mountain oranges").answer("big-event-planned", true)
                    .answer("gross-margin", "about a third");
            form.send();

            assertThat(browser.path()).isEqualTo("/questionnaire");
            assertThat(browser.find("#error-summary").getText()).contains("1");
            form.open("gross-margin");
            assertThat(browser.find("#error-gross-margin").getText()).isNotBlank();
            assertThat(browser.find("#field-gross-margin").getAttribute("value")).isEqualTo("about a third");
            assertThat(browser.find("#field-gross-margin").getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(browser.find("#field-products").getAttribute("value")).isEqualTo("Mountain oranges");
            assertThat(browser.find("input[name='q-big-event-planned'][value='yes']").isSelected()).isTrue();
            browser.assertAccessible().screenshot("questionnaire-error");
            assertThat(browser.find("header .who a[hreflang=zh]").getAttribute("href"))
                    .as("the other language of a form shown again leads to the form's page")
                    .endsWith("/language/zh?back=%2Fquestionnaire");
            assertThat(given().queryParam("participant", participant).when().get("/api/assessments")
                    .then().statusCode(200).extract().jsonPath().getList("$")).as("nothing stored").isEmpty();
        }
    }

    @Test
    void aLongChineseAnswerAndAPercentWithItsSignAreTaken() {
        String participant = PageAccounts.account("long", "participant");
        String tooLong = "山里的橙子".repeat(140); // 700 characters, 2,100 bytes: over the question's 500 characters
        String products = "山里的橙子".repeat(100); // 500 characters
        try (Browser browser = Browser.open(base)) {
            browser.signIn(participant, PageAccounts.PASSWORD).go("/questionnaire");
            QuestionnaireFiller form = new QuestionnaireFiller(browser);
            form.open("products");
            browser.script("document.getElementById('field-products').value = arguments[0]", tooLong);
            form.answer("gross-margin", "30 %");
            form.send();
            assertThat(browser.path()).isEqualTo("/questionnaire");
            assertThat(browser.find("#error-products").getText()).as("said beside the question, not a refused request")
                    .contains("500");

            form.open("products");
            browser.script("document.getElementById('field-products').value = arguments[0]", products);
            form.send();

            assertThat(browser.path()).startsWith("/assessments/");
            JsonPath report = given().when().get(browser.path().replace("/assessments/", "/api/assessments/")).then()
                    .statusCode(200).extract().jsonPath();
            assertThat(report.getString("answers.products")).isEqualTo(products);
            assertThat(report.getInt("answers.gross-margin")).isEqualTo(30);
        }
    }

    @Test
    void unsentAnswersAreKeptAsADraftWhenTheBrowserLeavesThePage() {
        String participant = PageAccounts.account("draft", "participant");
        try (Browser browser = Browser.open(base)) {
            browser.signIn(participant, PageAccounts.PASSWORD).go("/questionnaire");
            new QuestionnaireFiller(browser).answer("gross-margin", "12").answer("big-event-planned", true);
            browser.go("/assessments").go("/questionnaire");

            assertThat(browser.find("[data-draft-restored]").isDisplayed()).isTrue();
            QuestionnaireFiller form = new QuestionnaireFiller(browser);
            form.open("gross-margin");
            assertThat(browser.find("#field-gross-margin").getAttribute("value")).isEqualTo("12");
            form.open("big-event-planned");
            assertThat(browser.find("input[name='q-big-event-planned'][value='yes']").isSelected()).isTrue();

            // the next reader of the same browser does not see it
            browser.submit("header form[action='/sign-out'] button");
            String next = PageAccounts.account("next", "participant");
            browser.signIn(next, PageAccounts.PASSWORD).go("/questionnaire");
            assertThat(browser.find("[data-draft-restored]").isDisplayed()).isFalse();
            new QuestionnaireFiller(browser).open("gross-margin");
            assertThat(browser.find("#field-gross-margin").getAttribute("value")).isEmpty();
        }
    }

    @Test
    void theInterviewAsksOneQuestionAtATimeAndEndsInTheReport() {
        String participant = PageAccounts.account("interview", "participant");
        try (Browser browser = Browser.open(base)) {
            browser.signIn(participant, PageAccounts.PASSWORD).go("/interview");
            assertThat(browser.all(".question")).hasSize(1);
            String first = browser.find("input[name=question]").getAttribute("value");
            browser.assertAccessible().screenshot("interview");

            browser.submit("button[value=answer]");
            assertThat(browser.find("input[name=question]").getAttribute("value")).as("nothing chosen: asked again")
                    .isEqualTo(first);
            assertThat(browser.find("#error-" + first).getText()).contains("skip");

            browser.submit("button[value=skip]");
            String second = browser.find("input[name=question]").getAttribute("value");
            assertThat(second).isNotEqualTo(first);
            assertThat(browser.find("#question-number").getText()).contains("2");

            browser.submit("button[value=finish]");
            assertThat(browser.path()).startsWith("/assessments/");
            assertThat(given().queryParam("participant", participant).when().get("/api/assessments")
                    .then().statusCode(200).extract().jsonPath().getList("$")).hasSize(1);
        }
    }

    @Test
    void aParticipantChangesAnswersAndFindsTheEarlierRevisionInTheirList() {
        String participant = PageAccounts.account("revise", "participant");
        String id = submit(participant, Merchants.answersOf(SCENARIO));
        try (Browser browser = Browser.open(base)) {
            browser.signIn(participant, PageAccounts.PASSWORD).go("/assessments/" + id)
                    .submit("a[href='/assessments/" + id + "/answers']");
            assertThat(browser.path()).isEqualTo("/assessments/" + id + "/answers");
            QuestionnaireFiller form = new QuestionnaireFiller(browser);
            form.open("influencer-commission");
            assertThat(browser.find("#field-influencer-commission").getAttribute("value")).isEqualTo("20");
            form.answer("influencer-commission", "5");
            form.send();

            assertThat(browser.path()).isEqualTo("/assessments/" + id);
            JsonPath latest = given().when().get("/api/assessments/" + id).then().statusCode(200).extract().jsonPath();
            assertThat(latest.getInt("revision")).isEqualTo(2);
            assertThat(latest.getInt("answers.influencer-commission")).isEqualTo(5);
            assertThat(latest.getList("findings.pitfall")).doesNotContain("influencer-orders-at-a-loss");

            browser.go("/assessments");
            browser.click("details summary");
            browser.click("a[href='/assessments/" + id + "/revisions/1']");
            assertThat(browser.text()).contains(given().when().get("/api/assessments/" + id + "/revisions/1").then()
                    .extract().jsonPath().getString("findings.find { it.pitfall == 'influencer-orders-at-a-loss' }.title"));
            browser.assertAccessible().go("/assessments").assertAccessible().screenshot("assessments");
        }
    }

    @Test
    void aParticipantCannotOpenAnotherParticipantsReportPage() {
        String owner = PageAccounts.account("owner", "participant");
        String other = PageAccounts.account("other", "participant");
        String id = submit(owner, Merchants.answersOf(SCENARIO));
        try (Browser browser = Browser.open(base)) {
            browser.signIn(other, PageAccounts.PASSWORD).go("/assessments/" + id);
            assertThat(browser.find("h1").getText()).isEqualTo("Page not found");
            assertThat(browser.text()).doesNotContain(owner);
            browser.go("/assessments/" + id + "/answers");
            assertThat(browser.find("h1").getText()).isEqualTo("Page not found");
            browser.assertAccessible();
        }
    }

    @Test
    void theReportAndThePagesReadInChinese() {
        String participant = PageAccounts.account("zh", "participant");
        String id = submit(participant, Merchants.answersOf(SCENARIO));
        try (Browser browser = Browser.open(base)) {
            browser.signIn(participant, PageAccounts.PASSWORD).go("/assessments/" + id);
            browser.click("header .who a[hreflang=zh]");
            assertThat(browser.find("html").getAttribute("lang")).isEqualTo("zh");
            JsonPath chinese = given().queryParam("lang", "zh").when().get("/api/assessments/" + id).then()
                    .statusCode(200).extract().jsonPath();
            String page = browser.text();
            chinese.getList("findings.title", String.class).forEach(title -> assertThat(page).contains(title));
            browser.assertAccessible().screenshot("report-zh");
            browser.go("/questionnaire");
            assertThat(browser.find("h1").getText()).isEqualTo("问卷");
            browser.assertAccessible();
        }
    }

    private static String submit(String participant, Map<String, Object> answers) {
        return given().auth().preemptive().basic(participant, PageAccounts.PASSWORD).contentType(ContentType.JSON)
                .body(Merchants.request("en", answers)).when().post("/api/assessments").then().statusCode(201)
                .extract().path("id");
    }
}
