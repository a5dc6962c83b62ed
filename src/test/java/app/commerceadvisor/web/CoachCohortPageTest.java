package app.commerceadvisor.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import app.commerceadvisor.assessment.Merchants;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A coach's cohort page: who is waiting for review, every participant with their latest assessment, and the two
 * charts drawn on the server, whose counts match what the participants submitted and how the coach reviewed it.
 * A cohort is not there for a coach of another cohort, and not for a participant's role.
 */
@QuarkusTest
class CoachCohortPageTest {

    @TestHTTPResource("/")
    URI base;

    @Test
    void cohortPageChartsThePitfallsBySeverityAndTheAgreementPerPitfall() {
        String first = PageAccounts.account("grower", "participant");
        String second = PageAccounts.account("baker", "participant");
        String idle = PageAccounts.account("idle", "participant");
        String coach = PageAccounts.account("coach", "coach");
        String cohort = PageAccounts.cohort(first, coach);
        join(cohort, second);
        join(cohort, idle);
        JsonPath a = submit(first, Map.of("content-lead", false, "products", "Mountain oranges"));
        // a grower with a thin margin and a larger commission, no content lead and a success only its one creator
        // repeats (as in PrintableReportTest): findings of several severities
        JsonPath b = submit(second, Merchants.healthyExcept("gross-margin", 12, "influencer-commission", 20,
                "content-lead", false, "success-repeated", "only-same-person", "product-category", "fresh-perishable"));
        review(coach, a.getString("id"), "missing-content-talent", "agree");
        review(coach, b.getString("id"), "missing-content-talent", "disagree");
        String unreviewedPitfall = a.getString("findings.find { it.pitfall != 'missing-content-talent' }.pitfall");
        if (unreviewedPitfall != null) {
            review(coach, a.getString("id"), unreviewedPitfall, "agree");
        }

        // what the charts must say: findings per pitfall and severity over both assessments
        Map<String, Map<String, Integer>> expected = new TreeMap<>();
        for (JsonPath report : List.of(a, b)) {
            for (Map<String, Object> finding : report.<Map<String, Object>>getList("findings")) {
                expected.computeIfAbsent((String) finding.get("pitfall"), key -> new HashMap<>())
                        .merge((String) finding.get("severity"), 1, Integer::sum);
            }
        }
        assertThat(expected.get("missing-content-talent")).containsEntry("high", 2);

        try (Browser browser = Browser.open(base)) {
            CoachReviewPageTest.signedIn(browser, coach).go("/coach/cohorts/" + cohort);
            assertThat(browser.find("h1").getText()).startsWith("Spring cohort ");
            assertThat(expected.values().stream().flatMap(levels -> levels.keySet().stream()).distinct().count())
                    .as("the cohort's findings have more than one severity").isGreaterThan(1);
            assertThat(browser.find("main > p").getText()).isEqualTo("3 participants, 2 assessments, 0 waiting for review.");
            assertThat(browser.find("table.participants").getText()).contains(first, second, idle, "no assessment yet");

            WebElement severity = browser.find("#chart-severity svg[role=img]");
            assertThat(severity.getAttribute("aria-labelledby")).isEqualTo("severity-title severity-desc");
            assertThat(browser.find("#severity-title").getAttribute("textContent")).isEqualTo("Pitfalls by severity");
            assertThat(browser.all("#chart-severity g.bar")).hasSize(expected.size());
            expected.forEach((pitfall, bySeverity) -> {
                String bar = "#chart-severity g.bar[data-pitfall='" + pitfall + "']";
                bySeverity.forEach((level, count) -> assertThat(browser.find(bar + " rect[data-severity='" + level + "']")
                        .getAttribute("data-count")).as(pitfall + " " + level).isEqualTo(String.valueOf(count)));
                int findings = bySeverity.values().stream().mapToInt(Integer::intValue).sum();
                assertThat(browser.find(bar + " text.count").getAttribute("textContent")).startsWith(findings + " finding");
            });
            assertThat(browser.find("#chart-severity g.bar[data-pitfall='missing-content-talent'] text.count")
                    .getAttribute("textContent")).isEqualTo("2 findings · 2 participants");
            String title = a.getString("findings.find { it.pitfall == 'missing-content-talent' }.title");
            List<String> headings = cells(browser.find("#table-severity thead tr"));
            List<String> row = row(browser, "#table-severity", title);
            assertThat(row.get(headings.indexOf("High"))).isEqualTo("2");
            assertThat(row.get(row.size() - 1)).as("participants").isEqualTo("2");

            assertThat(browser.find("#chart-agreement svg[role=img]").getAttribute("aria-labelledby"))
                    .isEqualTo("agreement-title agreement-desc");
            String agreement = "#chart-agreement g.bar[data-pitfall='missing-content-talent']";
            assertThat(browser.find(agreement + " rect[data-percent]").getAttribute("data-percent")).isEqualTo("50");
            assertThat(browser.find(agreement + " rect[data-percent]").getAttribute("width")).isEqualTo("240");
            assertThat(browser.find(agreement + " text.count").getAttribute("textContent")).isEqualTo("50 % of 2 reviews");
            assertThat(browser.all("#chart-agreement g.bar")).hasSize(unreviewedPitfall == null ? 1 : 2);
            assertThat(row(browser, "#table-agreement", title)).containsExactly(title, "1", "1", "0", "2", "50 %");
            browser.assertAccessible().screenshot("coach-cohort");
        }

        try (Browser chinese = Browser.open(base, "zh")) {
            CoachReviewPageTest.signedIn(chinese, coach).go("/coach/cohorts/" + cohort);
            String chineseTitle = given().auth().preemptive().basic(first, PageAccounts.PASSWORD)
                    .when().get("/api/assessments/" + a.getString("id") + "?lang=zh").then().statusCode(200)
                    .extract().path("findings.find { it.pitfall == 'missing-content-talent' }.title");
            assertThat(chinese.find("#severity-title").getAttribute("textContent")).isEqualTo("按严重程度统计的问题");
            assertThat(chinese.find("#chart-severity g.bar[data-pitfall='missing-content-talent'] text")
                    .getAttribute("textContent")).isEqualTo(chineseTitle);
            assertThat(chinese.find("#chart-severity g.legend").getAttribute("textContent")).contains("高");
            chinese.assertAccessible();
        }
    }

    @Test
    void coachListsTheirCohortsWithTheCountsWaitingForReview() {
        String participant = PageAccounts.account("shop", "participant");
        String coach = PageAccounts.account("coach", "coach");
        String cohort = PageAccounts.cohort(participant, coach);
        submit(participant, Map.of("content-lead", false));
        try (Browser browser = Browser.open(base)) {
            CoachReviewPageTest.signedIn(browser, coach);
            assertThat(browser.path()).as("a coach starts on their cohorts").isEqualTo("/coach");
            List<WebElement> rows = browser.all("main tbody tr");
            assertThat(rows).hasSize(1);
            assertThat(cells(rows.get(0)).subList(1, 4)).as("participants, assessments, waiting")
                    .containsExactly("1", "1", "1");
            assertThat(browser.has("a[href='/coach/cohorts/" + cohort + "']")).isTrue();
            browser.assertAccessible();
        }
    }

    @Test
    void coachOfAnotherCohortGetsNotFoundForTheCohortAndItsReportAndAParticipantIsTurnedAway() {
        String participant = PageAccounts.account("shop", "participant");
        String coach = PageAccounts.account("coach", "coach");
        String cohort = PageAccounts.cohort(participant, coach);
        String stranger = PageAccounts.account("other-coach", "coach");
        String otherCohort = PageAccounts.cohort(PageAccounts.account("other-shop", "participant"), stranger);
        String assessment = submit(participant, Map.of("content-lead", false)).getString("id");

        try (Browser browser = Browser.open(base)) {
            CoachReviewPageTest.signedIn(browser, stranger).go("/coach");
            assertThat(browser.has("a[href='/coach/cohorts/" + cohort + "']")).isFalse();
            assertThat(browser.has("a[href='/coach/cohorts/" + otherCohort + "']")).isTrue();

            browser.go("/coach/cohorts/" + cohort);
            assertThat(browser.find("h1").getText()).isEqualTo("Page not found");
            browser.assertAccessible();
            browser.go("/assessments/" + assessment);
            assertThat(browser.find("h1").getText()).isEqualTo("Page not found");
            assertThat(browser.text()).doesNotContain("Diagnostic report");
        }
        given().auth().preemptive().basic(stranger, PageAccounts.PASSWORD).accept("text/html")
                .when().get("/coach/cohorts/" + cohort).then().statusCode(404);
        try (Browser browser = Browser.open(base)) {
            CoachReviewPageTest.signedIn(browser, participant).go("/coach/cohorts/" + cohort);
            assertThat(browser.find("h1").getText()).isEqualTo("Not for your role");
            browser.assertAccessible();
        }
    }

    private static List<String> cells(WebElement row) {
        return row.findElements(By.cssSelector("th, td")).stream().map(WebElement::getText).toList();
    }

    /** The cells of the row of a table headed by {@code title}. */
    private static List<String> row(Browser browser, String table, String title) {
        return browser.all(table + " tbody tr").stream().map(CoachCohortPageTest::cells)
                .filter(cells -> cells.get(0).equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + title + " in " + table));
    }

    private static void join(String cohort, String participant) {
        given().contentType(ContentType.JSON).body(Map.of("role", "participant"))
                .when().put("/api/cohorts/" + cohort + "/members/" + participant).then().statusCode(200);
    }

    private static JsonPath submit(String participant, Map<String, Object> answers) {
        return given().auth().preemptive().basic(participant, PageAccounts.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("participant", "Shop of " + participant, "language", "en", "answers", answers))
                .when().post("/api/assessments").then().statusCode(201).extract().jsonPath();
    }

    private static void review(String coach, String assessment, String pitfall, String verdict) {
        given().auth().preemptive().basic(coach, PageAccounts.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("verdict", verdict)).when().put("/api/assessments/" + assessment + "/reviews/" + pitfall)
                .then().statusCode(200);
    }
}
