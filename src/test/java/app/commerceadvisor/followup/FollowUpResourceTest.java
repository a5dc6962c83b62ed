package app.commerceadvisor.followup;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The follow-up of stored assessments through the real HTTP API and the real rules: which blank
 * questions decide findings, and which pitfalls are missed only because answers are missing.
 */
@QuarkusTest
class FollowUpResourceTest {

    @Test
    void nearMissListsExactlyTheBlankQuestionsItsRuleStillNeeds() {
        JsonPath bothBlank = followUp(Map.of("merchant-stage", "novice"));
        JsonPath oneBlank = followUp(Map.of("merchant-stage", "novice", "seller-is-creator", true));

        assertThat(ways(bothBlank, "creator-carrying-heavy-goods"))
                .containsExactly(List.of("seller-is-creator", "creator-holds-goods"));
        assertThat(ways(oneBlank, "creator-carrying-heavy-goods")).containsExactly(List.of("creator-holds-goods"));
    }

    @Test
    void pitfallAnAnswerAlreadyRulesOutIsNoNearMiss() {
        JsonPath notACreator = followUp(Map.of("merchant-stage", "novice", "seller-is-creator", false));
        JsonPath teamHasContentLead = followUp(Map.of("merchant-stage", "novice", "content-lead", true));

        assertThat(notACreator.getList("nearMisses.pitfall", String.class)).doesNotContain("creator-carrying-heavy-goods");
        assertThat(teamHasContentLead.getList("nearMisses.pitfall", String.class)).doesNotContain("missing-content-talent");
    }

    @Test
    void mostDecisiveQuestionComesFirstAndQuestionsThatDecideNothingAreOnlyCounted() {
        JsonPath followUp = followUp(Map.of("merchant-stage", "novice", "content-lead", false));

        List<Integer> decided = followUp.getList("questions.collect { it.decides.size() }", Integer.class);
        assertThat(decided).isNotEmpty().allMatch(count -> count > 0).isSortedAccordingTo((a, b) -> b - a);
        assertThat(followUp.getList("questions.question", String.class)).doesNotContain("products", "team-size");
        assertThat(followUp.getInt("questionsDecidingNothing")).isPositive();
    }

    @Test
    void answerThatWouldRemoveAFindingIsNamedWithTheFinding() {
        JsonPath followUp = followUp(Map.of("merchant-stage", "novice", "content-lead", false));

        List<Map<String, Object>> teamRoles = followUp.getList("questions.find { it.question == 'team-roles' }.decides");
        assertThat(teamRoles).anySatisfy(decision -> {
            assertThat(decision).containsEntry("pitfall", "missing-content-talent").containsEntry("effect", "removes");
            assertThat((List<String>) decision.get("answers")).contains("Content director");
        });
    }

    @Test
    void followUpIsWrittenInTheRequestedLanguage() {
        String id = assess(Map.of("merchant-stage", "novice"));

        JsonPath chinese = given().when().get("/api/assessments/" + id + "/follow-up?lang=zh")
                .then().statusCode(200).extract().jsonPath();

        assertThat(chinese.getString("language")).isEqualTo("zh");
        assertThat(chinese.getList("nearMisses.title", String.class)).isNotEmpty()
                .allMatch(title -> title.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
    }

    @Test
    void unknownAssessmentAndUnknownLanguageAreProblems() {
        given().when().get("/api/assessments/00000000-0000-0000-0000-000000000000/follow-up")
                .then().statusCode(404).contentType("application/problem+json");
        String id = assess(Map.of("merchant-stage", "novice"));
        given().when().get("/api/assessments/" + id + "/follow-up?lang=xx")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("lang"));
    }

    @SuppressWarnings("unchecked")
    private static List<List<String>> ways(JsonPath followUp, String pitfall) {
        List<Map<String, Object>> ways = followUp.getList("nearMisses.find { it.pitfall == '" + pitfall + "' }.ways");
        assertThat(ways).as("near miss %s", pitfall).isNotNull();
        return ways.stream().map(way -> (List<String>) way.get("questions")).toList();
    }

    private static JsonPath followUp(Map<String, Object> answers) {
        return given().when().get("/api/assessments/" + assess(answers) + "/follow-up")
                .then().statusCode(200).extract().jsonPath();
    }

    private static String assess(Map<String, Object> answers) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("participant", "follow-up", "language", "en", "answers", answers))
                .when().post("/api/assessments")
                .then().statusCode(201).extract().jsonPath().getString("id");
    }
}
