package app.commerceadvisor.assessment;

import static app.commerceadvisor.assessment.AssessmentResourceTest.assess;
import static app.commerceadvisor.assessment.Merchants.healthyExcept;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Changing answers of a stored assessment (PATCH …/answers) stores a new revision and keeps the earlier
 * ones readable exactly as they were answered; a stored report reads in another language without a new
 * revision.
 */
@QuarkusTest
class AssessmentRevisionTest {

    @Test
    void changedAnswersAreEvaluatedAgainAsTheNextRevisionAndTheEarlierOneStaysReadableAsItWas() {
        byte[] first = assess("en", healthyExcept("content-lead", false)).asByteArray();
        String id = JsonPath.from(new String(first, java.nio.charset.StandardCharsets.UTF_8)).getString("id");
        assertThat(JsonPath.from(new String(first, java.nio.charset.StandardCharsets.UTF_8)).getInt("revision")).isEqualTo(1);

        JsonPath second = change(id, Map.of("content-lead", true)).statusCode(200).extract().jsonPath();

        assertThat(second.getString("id")).isEqualTo(id);
        assertThat(second.getInt("revision")).isEqualTo(2);
        assertThat(second.getString("revisedAt")).isNotNull();
        assertThat(second.getList("findings.pitfall", String.class)).doesNotContain("missing-content-talent");
        assertThat(second.getMap("answers")).containsEntry("content-lead", true);
        given().when().get("/api/assessments/" + id).then().statusCode(200)
                .body("revision", equalTo(2));
        List<Map<String, Object>> revisions = given().when().get("/api/assessments/" + id + "/revisions")
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(revisions).extracting(revision -> revision.get("revision")).containsExactly(2, 1);
        assertThat(revisions).extracting(revision -> revision.get("path"))
                .containsExactly("/api/assessments/" + id + "/revisions/2", "/api/assessments/" + id + "/revisions/1");
        byte[] firstAgain = given().when().get("/api/assessments/" + id + "/revisions/1")
                .then().statusCode(200).extract().asByteArray();
        assertThat(firstAgain).as("revision 1 exactly as it was answered").isEqualTo(first);
        given().when().get("/api/assessments/" + id + "/revisions/2").then().statusCode(200)
                .body("revision", equalTo(2));
    }

    @Test
    void eachChangeBuildsOnTheLatestAnswersAndNullLeavesAQuestionBlank() {
        String id = assess("en", healthyExcept("content-lead", false)).jsonPath().getString("id");
        change(id, Map.of("content-lead", true)).statusCode(200);
        Map<String, Object> blank = new HashMap<>();
        blank.put("content-lead", null);

        JsonPath third = change(id, blank).statusCode(200).extract().jsonPath();

        assertThat(third.getInt("revision")).isEqualTo(3);
        assertThat(third.getMap("answers").get("content-lead")).as("blank, as in a submission that leaves it blank").isNull();
        assertThat(third.getList("unanswered", String.class)).contains("content-lead");
        assertThat(third.getList("findings.pitfall", String.class)).doesNotContain("missing-content-talent");
        assertThat(third.getList("head.notChecked.question", String.class)).contains("content-lead");
    }

    @Test
    void changeTheQuestionnaireRefusesStoresNothingAndNamesTheField() {
        String id = assess("en", healthyExcept("content-lead", false)).jsonPath().getString("id");
        byte[] before = given().when().get("/api/assessments/" + id).then().extract().asByteArray();

        change(id, Map.of("content-lead", "perhaps", "no-such-question", 3)).statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("answers.content-lead"))
                .body("errors.field", hasItem("answers.no-such-question"));

        assertThat(given().when().get("/api/assessments/" + id).then().extract().asByteArray()).isEqualTo(before);
        given().when().get("/api/assessments/" + id + "/revisions").then().statusCode(200).body("size()", equalTo(1));
    }

    @Test
    void unknownAssessmentsAndRevisionsAreNotFound() {
        String id = assess("en", healthyExcept("content-lead", false)).jsonPath().getString("id");
        for (String path : List.of("/api/assessments/" + java.util.UUID.randomUUID() + "/revisions",
                "/api/assessments/" + id + "/revisions/2", "/api/assessments/" + id + "/revisions/0",
                "/api/assessments/" + id + "/revisions/first", "/api/assessments/not-an-id/revisions/1")) {
            given().when().get(path).then().statusCode(404).contentType("application/problem+json");
        }
        change(java.util.UUID.randomUUID().toString(), Map.of("content-lead", true)).statusCode(404);
    }

    @Test
    void storedReportReadsInAnotherLanguageWithTheSameFindingsAndStoresNothing() {
        byte[] stored = assess("en", healthyExcept("content-lead", false, "gross-margin", 15, "influencer-commission", 10))
                .asByteArray();
        JsonPath english = JsonPath.from(new String(stored, java.nio.charset.StandardCharsets.UTF_8));
        String id = english.getString("id");

        JsonPath chinese = given().when().get("/api/assessments/" + id + "?lang=zh").then().statusCode(200)
                .extract().jsonPath();

        assertThat(chinese.getString("language")).isEqualTo("zh");
        assertThat(chinese.getString("knowledgeBaseVersion")).isEqualTo(english.getString("knowledgeBaseVersion"));
        assertThat(chinese.getString("createdAt")).isEqualTo(english.getString("createdAt"));
        assertThat(chinese.getList("findings.id")).isEqualTo(english.getList("findings.id"));
        assertThat(chinese.getList("findings.pitfall")).isEqualTo(english.getList("findings.pitfall"));
        assertThat(chinese.getString("findings[0].title")).isNotEqualTo(english.getString("findings[0].title"))
                .matches(".*\\p{IsHan}.*");
        assertThat(chinese.getList("head.summary", String.class)).allSatisfy(line -> assertThat(line).matches(".*\\p{IsHan}.*"));
        assertThat(given().when().get("/api/assessments/" + id).then().extract().asByteArray())
                .as("read in zh, stored as it was").isEqualTo(stored);
        assertThat(given().when().get("/api/assessments/" + id + "?lang=en").then().extract().asByteArray()).isEqualTo(stored);
        given().when().get("/api/assessments/" + id + "/revisions").then().body("size()", equalTo(1));
        given().when().get("/api/assessments/" + id + "?lang=fr").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("lang"));
    }

    private static io.restassured.response.ValidatableResponse change(String id, Map<String, Object> answers) {
        Map<String, Object> body = new HashMap<>();
        body.put("answers", answers);
        return given().contentType(ContentType.JSON).body(body)
                .when().patch("/api/assessments/" + id + "/answers").then();
    }
}
