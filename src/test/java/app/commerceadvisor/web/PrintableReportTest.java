package app.commerceadvisor.web;

import static app.commerceadvisor.assessment.Merchants.healthyExcept;
import static app.commerceadvisor.assessment.Merchants.request;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A stored assessment asked for as HTML is the report as a printable page: everything the JSON report
 * holds that a reader needs, in its language, escaped, with no external assets.
 */
@QuarkusTest
class PrintableReportTest {

    /**
     * A fruit grower with a thin margin and a larger commission, no content lead and a success only its one
     * creator repeats.
     */
    private static final Map<String, Object> GROWER = healthyExcept("gross-margin", 12, "influencer-commission", 20,
            "content-lead", false, "success-repeated", "only-same-person", "product-category", "fresh-perishable");

    @Test
    void browserGetsThePageAndScriptsKeepGettingJson() {
        String id = create("en", GROWER, "shop-print").getString("id");

        given().accept("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .when().get("/api/assessments/" + id)
                .then().statusCode(200).contentType("text/html");
        given().when().get("/api/assessments/" + id).then().statusCode(200).contentType(ContentType.JSON);
        given().accept(ContentType.JSON).when().get("/api/assessments/" + id).then().statusCode(200)
                .contentType(ContentType.JSON);
    }

    @Test
    void pageShowsTheHeadEveryFindingWithItsReasoningAdviceAndQuotedSourcesAndWhatToAskNext() {
        JsonPath report = create("en", GROWER, "shop-print");
        String page = page(report.getString("id"), null);

        assertThat(page).contains("<html lang=\"en\">", "Diagnostic report", "Your first step this week",
                "Questions worth answering next", "What could not be checked");
        report.getList("head.summary", String.class).forEach(line -> assertThat(page).contains(escaped(line)));
        assertThat(page).contains(escaped(report.getString("head.firstStep.text")));
        for (Map<String, Object> finding : report.<Map<String, Object>>getList("findings")) {
            assertThat(page).contains(escaped((String) finding.get("title")), escaped((String) finding.get("recommendation")));
        }
        List<String> hows = report.getList("findings.rules.flatten().how", String.class);
        assertThat(hows).isNotEmpty();
        hows.forEach(how -> assertThat(page).contains(escaped(how)));
        report.getList("findings.sources.flatten().quote", String.class)
                .forEach(quote -> assertThat(page).contains(escaped(quote)));
        assertThat(page).as("quotes carry the document's language").containsPattern("<blockquote lang=\"(zh|sv)\">");
    }

    @Test
    void consequenceIsShownRightAfterItsRootCauseAndSaysWhatItFollowsFrom() {
        JsonPath report = create("en", GROWER, "shop-print");
        List<Map<String, Object>> consequences = report.<Map<String, Object>>getList("findings").stream()
                .filter(finding -> finding.get("rootCause") != null).toList();
        assertThat(consequences).as("the grower's findings include one that follows from another").isNotEmpty();
        String page = page(report.getString("id"), null);

        for (Map<String, Object> consequence : consequences) {
            String cause = report.getString("findings.find { it.pitfall == '" + consequence.get("rootCause") + "' }.title");
            int causeAt = page.indexOf("id=\"finding-" + consequence.get("rootCause") + "\"");
            int consequenceAt = page.indexOf("<article class=\"finding consequence\" id=\"finding-" + consequence.get("pitfall") + "\"");
            assertThat(causeAt).isPositive();
            assertThat(consequenceAt).isGreaterThan(causeAt);
            assertThat(page.substring(consequenceAt)).contains("Follows from: " + escaped(cause));
        }
    }

    @Test
    void pageReadsInChineseWithChineseHeadingsAndFindings() {
        JsonPath english = create("en", GROWER, "shop-print");
        String page = page(english.getString("id"), "zh");

        assertThat(page).contains("<html lang=\"zh\">", "诊断报告", "本周第一步", "出处", "值得接下来回答的问题")
                .doesNotContain("Diagnostic report", "Your first step this week");
        JsonPath chinese = given().when().get("/api/assessments/" + english.getString("id") + "?lang=zh")
                .then().statusCode(200).extract().jsonPath();
        chinese.getList("findings.title", String.class).forEach(title -> assertThat(page).contains(escaped(title)));
        assertThat(page).containsPattern("<a href=\"/language/en\\?back=[^\"]+\" lang=\"en\" hreflang=\"en\">English</a>");
    }

    @Test
    void whatAParticipantTypedIsShownAsTextAndThePageNeedsNothingFromElsewhere() {
        Map<String, Object> answers = new java.util.HashMap<>(GROWER);
        answers.put("products", "<script>alert('x')</script> oranges");
        String id = create("en", answers, "<img src=x onerror=alert(1)>").getString("id");
        String page = page(id, null);

        assertThat(page).doesNotContain("<script>alert", "<img src=x")
                .contains("&lt;img src=x onerror=alert(1)&gt;");
        assertThat(page).as("no scripts, styles, fonts or images from elsewhere (the service's own /assets/ only)")
                .doesNotContainPattern("<(script|link|img|iframe)\\b[^>]*\\b(src|href)=\"(?!/assets/)")
                .doesNotContainPattern("url\\(");
    }

    @Test
    void unknownAssessmentIsNotFoundForABrowserToo() {
        given().accept("text/html").when().get("/api/assessments/" + java.util.UUID.randomUUID())
                .then().statusCode(404);
    }

    private static JsonPath create(String language, Map<String, Object> answers, String participant) {
        Map<String, Object> body = new java.util.HashMap<>(request(language, answers));
        body.put("participant", participant);
        return given().contentType(ContentType.JSON).body(body).when().post("/api/assessments")
                .then().statusCode(201).extract().jsonPath();
    }

    private static String page(String id, String language) {
        return given().accept("text/html").queryParams(language == null ? Map.of() : Map.of("lang", language))
                .when().get("/api/assessments/" + id)
                .then().statusCode(200).contentType("text/html").extract().asString();
    }

    /** Text as an HTML page escapes it. */
    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
