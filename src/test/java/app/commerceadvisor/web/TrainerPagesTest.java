package app.commerceadvisor.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import app.commerceadvisor.knowledge.KnowledgeBaseReloadTest;
import app.commerceadvisor.security.SignedInAsTrainer;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/**
 * The trainer's pages in a real browser, on a copy of the content that a test may break: the status with a broken
 * rule's {@code file:line}, the preview of an edit, the coaches' disagreement per rule, and no trainer page for
 * anybody else.
 */
@QuarkusTest
@TestProfile(KnowledgeBaseReloadTest.CopiedContent.class)
class TrainerPagesTest {

    private static final String BROKEN_RULE = """

            rule "Broken on purpose by a test"
                @pitfall("missing-content-talent")
            when
                Answer( question == "products", text != null
            then
            end
            """;

    @TestHTTPResource("/")
    URI base;

    @ConfigProperty(name = "advisor.content.rules")
    Path rules;

    @Test
    void trainerSeesABrokenRulesFileAndLineWhileTheLastGoodVersionKeepsServing() throws Exception {
        String before = activeVersion();
        Path file = rules.resolve("channels.drl");
        String original = Files.readString(file);
        try (Browser browser = Browser.open(base)) {
            Files.writeString(file, original + BROKEN_RULE);
            browser.signIn(SignedInAsTrainer.USERNAME, SignedInAsTrainer.PASSWORD).go("/trainer")
                    .submit("form[action='/trainer/reload'] button[type=submit]");

            assertThat(browser.path()).isEqualTo("/trainer");
            assertThat(browser.find("#reload-outcome").getText()).contains("refused");
            List<String> problems = browser.all("#reload-problems li").stream().map(item -> item.getText()).toList();
            assertThat(problems).anySatisfy(problem -> assertThat(problem).matches(".*channels\\.drl:\\d+: .*"));
            assertThat(problems).containsAll(given().when().get("/api/knowledge-base/status").then().statusCode(200)
                    .extract().jsonPath().getList("problems", String.class));
            assertThat(browser.find("#active-version").getAttribute("title")).isEqualTo(before);
            assertThat(browser.all("#coverage-table tbody tr")).isNotEmpty();
            assertThat(browser.find("#versions-table tbody").getText()).contains("active");
            browser.assertAccessible().screenshot("trainer-status");

            given().contentType(ContentType.JSON)
                    .body(Map.of("participant", "still served", "language", "en", "answers", Map.of("products", "Tea")))
                    .when().post("/api/assessments").then().statusCode(201)
                    .body("knowledgeBaseVersion", org.hamcrest.Matchers.equalTo(before));
        } finally {
            Files.writeString(file, original);
            given().contentType(ContentType.JSON).when().post("/api/knowledge-base/reload").then().statusCode(200);
        }
        assertThat(activeVersion()).isEqualTo(before);
    }

    @Test
    void previewShowsWhichStoredAssessmentsACandidateRuleWouldChange() {
        String assessment = given().contentType(ContentType.JSON)
                .body(Map.of("participant", "preview shop", "language", "en",
                        "answers", Map.of("content-lead", false, "products", "Mountain oranges")))
                .when().post("/api/assessments").then().statusCode(201)
                .body("findings.pitfall", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("sku-sprawl")))
                .extract().path("id");
        try (Browser browser = Browser.open(base)) {
            browser.signIn(SignedInAsTrainer.USERNAME, SignedInAsTrainer.PASSWORD).go("/trainer/preview");
            browser.assertAccessible();
            new Select(browser.find("#file")).selectByValue("rules/channels.drl");
            browser.submit("#open-form button[type=submit]");
            assertThat(browser.find("#path").getAttribute("value")).isEqualTo("rules/channels.drl");
            assertThat(browser.find("#text").getAttribute("value")).startsWith("package rules;");

            browser.type("#path", "rules/preview-by-a-test.drl");
            browser.script("arguments[0].value = arguments[1];", browser.find("#text"), candidateRule());
            browser.submit("#preview-form button[type=submit]");

            assertThat(browser.has("#edit-problems")).isFalse();
            assertThat(Integer.parseInt(browser.find("#tallies tr:nth-child(2) td").getText())).isPositive();
            assertThat(browser.find("#pitfall-changes").getText()).contains("sku-sprawl");
            String row = browser.all("#assessment-changes tbody tr").stream().map(item -> item.getText())
                    .filter(text -> text.contains(assessment)).findFirst().orElseThrow();
            assertThat(row).contains("+ ");
            assertThat(browser.find("#text").getAttribute("value")).contains("Preview by a test");
            browser.assertAccessible().screenshot("trainer-preview");
        }
        assertThat(Files.exists(rules.resolve("preview-by-a-test.drl"))).as("nothing is saved").isFalse();
    }

    @Test
    void aCandidateThatDoesNotCompileShowsItsFileAndLineBesideTheTextAsTyped() {
        try (Browser browser = Browser.open(base)) {
            browser.signIn(SignedInAsTrainer.USERNAME, SignedInAsTrainer.PASSWORD).go("/trainer/preview");
            browser.type("#path", "rules/broken-by-a-test.drl");
            String text = "package rules;\n\nimport app.commerceadvisor.engine.Answer;\n" + BROKEN_RULE;
            browser.script("arguments[0].value = arguments[1];", browser.find("#text"), text);
            browser.submit("#preview-form button[type=submit]");

            assertThat(browser.find("#edit-problems").getText()).containsPattern("broken-by-a-test\\.drl:\\d+: ");
            assertThat(browser.find("#text").getAttribute("value")).contains("Broken on purpose by a test");
            assertThat(browser.has("#effect")).isFalse();
            browser.assertAccessible();

            browser.type("#path", "../outside.drl").submit("#preview-form button[type=submit]");
            assertThat(browser.find("#path-error").getText()).contains("rules/");
        }
    }

    @Test
    void participantsAndCoachesGetTheForbiddenPageInsteadOfTheTrainersData() {
        for (String role : List.of("participant", "coach")) {
            String user = PageAccounts.account("not-trainer", role);
            try (Browser browser = Browser.open(base)) {
                browser.signIn(user, PageAccounts.PASSWORD);
                for (String path : List.of("/trainer", "/trainer/preview")) {
                    browser.go(path);
                    assertThat(browser.find("h1").getText()).as(role + " on " + path).isEqualTo("Not for your role");
                    assertThat(browser.has("#active-version")).isFalse();
                    assertThat(browser.has("#preview-form")).isFalse();
                    assertThat(browser.has("a[href='/trainer']")).isFalse();
                }
                browser.assertAccessible();
            }
            given().auth().preemptive().basic(user, PageAccounts.PASSWORD).accept("text/html")
                    .when().get("/trainer").then().statusCode(403);
        }
    }

    @Test
    void aReloadFormPostedWithoutItsCsrfTokenIsRefused() {
        given().contentType(ContentType.URLENC).formParam("anything", "x").accept("text/html")
                .when().post("/trainer/reload").then().statusCode(400);
        given().contentType(ContentType.URLENC).formParam("path", "rules/x.drl").formParam("text", "x")
                .accept("text/html").when().post("/trainer/preview").then().statusCode(400);
    }

    @Test
    void aCoachsDisagreementShowsUpPerRuleWithItsNote() {
        String participant = PageAccounts.account("disputed", "participant");
        String coach = PageAccounts.account("doubting-coach", "coach");
        PageAccounts.cohort(participant, coach);
        String assessment = given().auth().preemptive().basic(participant, PageAccounts.PASSWORD)
                .contentType(ContentType.JSON)
                .body(Map.of("participant", "Disputed shop", "language", "en",
                        "answers", Map.of("content-lead", false, "products", "Tea")))
                .when().post("/api/assessments").then().statusCode(201).extract().path("id");
        String note = "The founder films <script>every</script> video " + participant;
        given().auth().preemptive().basic(coach, PageAccounts.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("verdict", "disagree", "note", note))
                .when().put("/api/assessments/" + assessment + "/reviews/missing-content-talent").then().statusCode(200);
        List<String> ruleNames = given().when().get("/api/knowledge-base/feedback").then().statusCode(200).extract()
                .jsonPath().getList("pitfalls.find { it.pitfall == 'missing-content-talent' }.rules.rule", String.class);

        try (Browser browser = Browser.open(base)) {
            browser.signIn(SignedInAsTrainer.USERNAME, SignedInAsTrainer.PASSWORD).go("/trainer");
            var rows = browser.all("#disagreement-table tbody tr");
            var row = rows.stream().filter(item -> ruleNames.stream().anyMatch(item.getText()::contains))
                    .findFirst().orElseThrow();
            assertThat(row.getText()).contains("No one in the team can direct content");
            row.findElement(org.openqa.selenium.By.cssSelector("summary")).click();
            assertThat(row.getText()).contains(note).contains(coach);
            assertThat(browser.has("#disagreement-table script")).isFalse();
            browser.assertAccessible();

            browser.click("header .who a[hreflang=zh]");
            assertThat(browser.find("h1").getText()).isEqualTo("知识库");
            assertThat(browser.find("#disagreement-heading").getText()).isEqualTo("教练的异议（按规则）");
            browser.assertAccessible();
        }
    }

    private static String activeVersion() {
        return given().when().get("/api/knowledge-base/status").then().statusCode(200).extract().path("version");
    }

    private static String candidateRule() {
        return """
                package rules;

                import app.commerceadvisor.engine.Answer;

                rule "Preview by a test: every named product is a sprawl"
                    @title(en = "A rule previewed by a test", zh = "测试预览的规则")
                    @pitfall("sku-sprawl")
                when
                    Answer(question == "products", text != null)
                then
                end
                """;
    }
}
