package app.commerceadvisor.review;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import app.commerceadvisor.knowledge.KnowledgeBaseReloadTest;
import app.commerceadvisor.trainer.CheckCommand;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A coach's review from first note to the rules' authors: written and edited with its history, read by the
 * participant with their report, counted in the cohort's summary and in the feedback per rule, and turned
 * into a scenario the check command holds the rules to. On a copy of the content, as making a scenario
 * writes a file under knowledge-base/scenarios/.
 */
@QuarkusTest
@TestProfile(KnowledgeBaseReloadTest.CopiedContent.class)
class ReviewTest {

    private static final String PASSWORD = "review-test-password";

    @ConfigProperty(name = "advisor.content.knowledge-base")
    Path knowledgeBase;
    @ConfigProperty(name = "advisor.content.rules")
    Path rules;

    private String participant;
    private String coach;
    private String otherCoach;
    private String cohort;
    private String assessment;

    @BeforeEach
    void aCohortWithAnAssessment() {
        String run = Long.toString(System.nanoTime(), 36);
        participant = account("shop-" + run, "participant");
        coach = account("coach-" + run, "coach");
        otherCoach = account("elsewhere-" + run, "coach");
        cohort = cohort("review-" + run, participant, coach);
        cohort("review-other-" + run, account("shop-other-" + run, "participant"), otherCoach);
        assessment = as(participant).contentType(ContentType.JSON)
                .body(Map.of("participant", "Orchard <b>Li</b>", "language", "en",
                        "answers", Map.of("content-lead", false, "products", "Mountain oranges")))
                .when().post("/api/assessments").then().statusCode(201).extract().path("id");
    }

    @Test
    void reviewIsEditedWithItsHistoryAndTheParticipantReadsItWithTheReport() {
        review(coach, "missing-content-talent", Map.of("verdict", "disagree", "note", "They have a <script>lead</script>."))
                .statusCode(200).body("verdict", equalTo("disagree"));
        JsonPath edited = review(coach, "missing-content-talent", Map.of("verdict", "agree", "note", "Checked: no lead."))
                .statusCode(200).extract().jsonPath();
        as(coach).contentType(ContentType.JSON).body(Map.of("note", "Hire or train a content lead first."))
                .when().put("/api/assessments/" + assessment + "/reviews/summary").then().statusCode(200);

        assertThat(edited.getString("verdict")).isEqualTo("agree");
        assertThat(edited.getList("history.verdict")).containsExactly("disagree");
        assertThat(edited.getList("history.note")).containsExactly("They have a <script>lead</script>.");
        JsonPath read = as(participant).when().get("/api/assessments/" + assessment + "/reviews").then().statusCode(200)
                .extract().jsonPath();
        assertThat(read.getList("note")).containsExactly("Hire or train a content lead first.", "Checked: no lead.");
        assertThat(read.getList("author")).containsOnly(coach);
        String page = as(participant).accept("text/html").when().get("/api/assessments/" + assessment).then()
                .statusCode(200).extract().asString();
        assertThat(page).contains("Your coach&#39;s notes", "Hire or train a content lead first.", "Checked: no lead.")
                .doesNotContain("<b>Li</b>");
    }

    @Test
    void badReviewsAreRefusedAndStoreNothing() {
        review(coach, "missing-content-talent", Map.of("verdict", "maybe")).statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("verdict"));
        review(coach, "missing-content-talent", Map.of("verdict", "agree", "note", "x".repeat(2001))).statusCode(400)
                .body("errors.field", hasItem("note"));
        review(coach, "no-such-pitfall", Map.of("verdict", "agree")).statusCode(404)
                .contentType("application/problem+json");
        review(otherCoach, "missing-content-talent", Map.of("verdict", "agree")).statusCode(404);
        review(participant, "missing-content-talent", Map.of("verdict", "agree")).statusCode(403);
        as(coach).contentType(ContentType.JSON).body(Map.of("verdict", "agree", "note", "A summary has none."))
                .when().put("/api/assessments/" + assessment + "/reviews/summary").then().statusCode(400)
                .body("errors.field", hasItem("verdict"));

        as(participant).when().get("/api/assessments/" + assessment + "/reviews").then().statusCode(200)
                .body("size()", equalTo(0));
    }

    @Test
    void reviewsAreCountedInTheCohortSummaryAndTheFeedbackPerRule() {
        JsonPath before = as(coach).when().get("/api/cohorts/" + cohort + "/summary").then().statusCode(200)
                .extract().jsonPath();
        assertThat(before.getList("waitingForReview.assessment")).containsExactly(assessment);
        assertThat(before.getInt("pitfalls.find { it.pitfall == 'missing-content-talent' }.participants")).isEqualTo(1);

        String reviewId = review(coach, "missing-content-talent", Map.of("verdict", "disagree", "note", "Wrong here."))
                .statusCode(200).extract().path("id");

        JsonPath after = as(coach).when().get("/api/cohorts/" + cohort + "/summary").then().statusCode(200)
                .extract().jsonPath();
        assertThat(after.getList("waitingForReview")).isEmpty();
        assertThat(after.getInt("pitfalls.find { it.pitfall == 'missing-content-talent' }.disagree")).isEqualTo(1);
        assertThat(after.getMap("pitfalls.find { it.pitfall == 'missing-content-talent' }.bySeverity"))
                .containsEntry("high", 1);
        as(coach).queryParam("version", "sha256:none").when().get("/api/cohorts/" + cohort + "/summary").then()
                .statusCode(200).body("assessments", equalTo(0));
        as(otherCoach).when().get("/api/cohorts/" + cohort + "/summary").then().statusCode(404);

        JsonPath feedback = given().when().get("/api/knowledge-base/feedback").then().statusCode(200).extract().jsonPath();
        assertThat(feedback.getInt("pitfalls.find { it.pitfall == 'missing-content-talent' }.disagree")).isPositive();
        assertThat(feedback.getList("pitfalls.find { it.pitfall == 'missing-content-talent' }.notes.review"))
                .contains(reviewId);
        assertThat(feedback.getList("pitfalls.find { it.pitfall == 'missing-content-talent' }.rules.rule"))
                .isNotEmpty();
    }

    @Test
    void disagreementBecomesAScenarioTheCheckCommandHoldsTheRulesTo() throws Exception {
        String reviewId = review(coach, "missing-content-talent", Map.of("verdict", "agree")).statusCode(200)
                .extract().path("id");
        given().noContentType().when().post("/api/knowledge-base/feedback/" + reviewId + "/scenario").then().statusCode(422);
        String disputed = review(coach, "missing-content-talent", Map.of("verdict", "disagree",
                "note", "The founder directs every video.")).statusCode(200).extract().path("id");
        assertThat(disputed).as("the same review, edited").isEqualTo(reviewId);

        JsonPath made = given().noContentType().when().post("/api/knowledge-base/feedback/" + reviewId + "/scenario").then()
                .statusCode(201).extract().jsonPath();
        given().noContentType().when().post("/api/knowledge-base/feedback/" + reviewId + "/scenario").then().statusCode(409);

        Path file = knowledgeBase.resolve("scenarios").resolve(Path.of(made.getString("file")).getFileName());
        try {
            String yaml = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(yaml).contains("content-lead: false", "notFire:", "missing-content-talent",
                    "The founder directs every video.").doesNotContain("Mountain oranges", "Orchard");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int exit = CheckCommand.run(new String[] {"check", "--rules", rules.toString(), "--knowledge-base",
                    knowledgeBase.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8));
            assertThat(exit).as(out.toString(StandardCharsets.UTF_8)).isNotZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).contains(file.getFileName().toString());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private io.restassured.response.ValidatableResponse review(String who, String finding, Map<String, Object> body) {
        return as(who).contentType(ContentType.JSON).body(body)
                .when().put("/api/assessments/" + assessment + "/reviews/" + finding).then();
    }

    private static RequestSpecification as(String username) {
        return given().auth().preemptive().basic(username, PASSWORD);
    }

    private static String account(String username, String role) {
        given().contentType(ContentType.JSON).body(Map.of("username", username, "password", PASSWORD, "roles", List.of(role)))
                .when().post("/api/accounts").then().statusCode(201);
        return username;
    }

    private static String cohort(String name, String participant, String coach) {
        String id = given().contentType(ContentType.JSON).body(Map.of("name", name))
                .when().post("/api/cohorts").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body(Map.of("role", "participant"))
                .when().put("/api/cohorts/" + id + "/members/" + participant).then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("role", "coach"))
                .when().put("/api/cohorts/" + id + "/members/" + coach).then().statusCode(200);
        return id;
    }
}
