package app.commerceadvisor.followup;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A participant's client walks the interview over HTTP, one question at a time, as a page would. */
@QuarkusTest
class InterviewResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void interviewAnsweredAsTheMerchantWouldEndsWithTheFindingsOfTheWholeQuestionnaire() throws IOException {
        JsonNode merchant = new YAMLMapper().readTree(
                Path.of("knowledge-base", "scenarios", "07-fresh-produce-before-big-promotion.yaml").toFile()).get("answers");
        Map<String, Object> answers = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>();
        JsonPath step = next(answers, skipped);
        int asked = 0;
        while (!step.getBoolean("done")) {
            String question = step.getString("question.id");
            assertThat(answers).as("a question is asked once").doesNotContainKey(question);
            assertThat(skipped).as("a skipped question is not asked again").doesNotContain(question);
            JsonNode answer = merchant.get(question);
            if (answer == null) {
                skipped.add(question);
            } else {
                answers.put(question, JSON.convertValue(answer, Object.class));
            }
            asked++;
            step = next(answers, skipped);
        }

        List<String> whole = given().contentType(ContentType.JSON)
                .body(Map.of("participant", "interview", "language", "en",
                        "answers", JSON.convertValue(merchant, Map.class)))
                .when().post("/api/assessments").then().statusCode(201).extract().jsonPath()
                .getList("findings.pitfall", String.class);
        assertThat(step.getList("pitfalls", String.class)).containsExactlyInAnyOrderElementsOf(whole);
        assertThat(asked).isLessThan(61);
    }

    @Test
    void firstStepAsksTheMostDecisiveQuestionWithWhatItDecides() {
        JsonPath step = next(Map.of(), List.of());

        assertThat(step.getBoolean("done")).isFalse();
        assertThat(step.getString("question.text")).isNotBlank();
        assertThat(step.getList("decides")).isNotEmpty();
        assertThat(step.getList("pitfalls")).isEmpty();
    }

    @Test
    void unknownSkippedQuestionAndBadAnswerAreNamed() {
        given().contentType(ContentType.JSON)
                .body(Map.of("language", "en", "answers", Map.of("content-lead", "maybe"), "skipped", List.of("nope")))
                .when().post("/api/interview/next")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("skipped[0]", "answers.content-lead"));
        given().contentType(ContentType.JSON)
                .body(Map.of("language", "en", "answers", Map.of("content-lead", "maybe")))
                .when().post("/api/interview/next")
                .then().statusCode(400).body("errors.field", hasItems("answers.content-lead"));
        given().contentType(ContentType.JSON).body(Map.of("answers", Map.of()))
                .when().post("/api/interview/next")
                .then().statusCode(400).body("errors.field", hasItems("language"));
    }

    private static JsonPath next(Map<String, Object> answers, List<String> skipped) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("language", "en", "answers", answers, "skipped", skipped))
                .when().post("/api/interview/next")
                .then().statusCode(200).extract().jsonPath();
    }
}
