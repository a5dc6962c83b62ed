package app.commerceadvisor.whatif;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What-if questions about stored assessments, through the real HTTP API and the real rules; nothing is stored. */
@QuarkusTest
class WhatIfResourceTest {

    private static final Map<String, Object> MERCHANT = Map.of(
            "merchant-stage", "growth",
            "content-lead", false,
            "success-repeated", "only-same-person",
            "supplier-stability", "frequent-problems",
            "seller-is-creator", true,
            "creator-holds-goods", true);

    @Test
    void fixingARootCauseRemovesItsFindingAndNothingUnrelated() {
        String id = assess(MERCHANT);

        JsonPath whatIf = whatIf(id, Map.of("content-lead", true));

        assertThat(whatIf.getList("disappear.pitfall", String.class)).containsExactly("missing-content-talent");
        assertThat(whatIf.getList("appear")).isEmpty();
        assertThat(whatIf.getList("change")).isEmpty();
        assertThat(whatIf.getList("findings.pitfall", String.class))
                .contains("unrepeatable-success", "unstable-suppliers", "creator-carrying-heavy-goods")
                .doesNotContain("missing-content-talent");
        assertThat(whatIf.getList("findings.find { it.pitfall == 'unrepeatable-success' }.rootCause")).isNull();
    }

    @Test
    void prioritiesShowEachFindingsPlaceBeforeAndAfter() {
        String id = assess(MERCHANT);
        List<String> before = stored(id).getList("findings.pitfall", String.class);

        JsonPath whatIf = whatIf(id, Map.of("supplier-stability", "stable"));

        List<Map<String, Object>> moves = whatIf.getList("priorities");
        assertThat(moves).anySatisfy(move -> assertThat(move).containsEntry("pitfall", "unstable-suppliers")
                .containsEntry("before", before.indexOf("unstable-suppliers") + 1).containsEntry("after", null));
        assertThat(whatIf.getList("findings.pitfall", String.class)).doesNotContain("unstable-suppliers");
    }

    @Test
    void answerTheChangeNoLongerAsksIsLeftOutAndNothingIsStored() {
        String id = assess(MERCHANT);
        String stored = given().when().get("/api/assessments/" + id).then().statusCode(200).extract().asString();

        JsonPath whatIf = whatIf(id, Map.of("seller-is-creator", false));

        assertThat(whatIf.getList("disappear.pitfall", String.class)).containsExactly("creator-carrying-heavy-goods");
        assertThat(given().when().get("/api/assessments/" + id).then().statusCode(200).extract().asString())
                .isEqualTo(stored);
    }

    @Test
    void changedAnswerTheQuestionnaireDoesNotTakeIsABadRequestNamingIt() {
        String id = assess(MERCHANT);

        given().contentType(ContentType.JSON)
                .body(Map.of("answers", Map.of("content-lead", "maybe", "no-such-question", 1)))
                .when().post("/api/assessments/" + id + "/what-if")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("answers.content-lead", "answers.no-such-question"));
        given().contentType(ContentType.JSON).body(Map.of("answer", Map.of()))
                .when().post("/api/assessments/" + id + "/what-if")
                .then().statusCode(400).body("errors.field", hasItems("answer", "answers"));
        given().contentType(ContentType.JSON).body(Map.of("answers", Map.of()))
                .when().post("/api/assessments/00000000-0000-0000-0000-000000000000/what-if")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void smallestChangeThatClearsAFindingIsTheOneAnswerItRestsOn() {
        String id = assess(MERCHANT);

        JsonPath remedies = given().when().get("/api/assessments/" + id + "/what-if")
                .then().statusCode(200).extract().jsonPath();

        Map<String, Object> best = remedies.getMap("findings.find { it.pitfall == 'missing-content-talent' }.options[0]");
        assertThat(best.get("changes")).asList().singleElement().satisfies(change ->
                assertThat((Map<String, Object>) change).containsEntry("question", "content-lead")
                        .containsEntry("answer", true).containsEntry("answerText", "Yes"));
        assertThat(best.get("alsoAppears")).asList().isEmpty();
        assertThat(remedies.getString("findings.find { it.pitfall == 'missing-content-talent' }.how"))
                .startsWith("This finding goes away once").contains("“Yes”");
        assertThat(remedies.getList("findings.pitfall", String.class)).doesNotContain("stage-growth-focus");
    }

    @Test
    void remediesAreWrittenInTheRequestedLanguage() {
        String id = assess(MERCHANT);

        given().when().get("/api/assessments/" + id + "/what-if?lang=zh")
                .then().statusCode(200)
                .body("language", equalTo("zh"))
                .body("findings.find { it.pitfall == 'missing-content-talent' }.how", equalTo(
                        "只要对“" + questionText("content-lead") + "”的回答变为“是”，这条发现就会消失。"));
        given().when().get("/api/assessments/" + id + "/what-if?lang=xx")
                .then().statusCode(400).body("errors[0].field", equalTo("lang"));
    }

    private static String questionText(String question) {
        return given().when().get("/api/questionnaire?lang=zh").then().statusCode(200).extract().jsonPath()
                .getString("sections.questions.flatten().find { it.id == '" + question + "' }.text");
    }

    private static JsonPath whatIf(String id, Map<String, Object> answers) {
        return given().contentType(ContentType.JSON).body(Map.of("answers", answers))
                .when().post("/api/assessments/" + id + "/what-if")
                .then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath stored(String id) {
        return given().when().get("/api/assessments/" + id).then().statusCode(200).extract().jsonPath();
    }

    private static String assess(Map<String, Object> answers) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("participant", "what-if", "language", "en", "answers", answers))
                .when().post("/api/assessments")
                .then().statusCode(201).extract().jsonPath().getString("id");
    }
}
