package app.commerceadvisor.assessment;

import static app.commerceadvisor.assessment.Merchants.healthy;
import static app.commerceadvisor.assessment.Merchants.healthyExcept;
import static app.commerceadvisor.assessment.Merchants.request;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import app.commerceadvisor.security.SignedInAsTrainer;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad input gets a problem+json answer naming the field, and nothing is stored. */
@QuarkusTest
class InvalidAssessmentRequestTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    private long assessmentsBefore;
    private long findingsBefore;

    @BeforeEach
    void countStoredRows() {
        assessmentsBefore = StoredRows.assessments();
        findingsBefore = StoredRows.findings();
    }

    @AfterEach
    void nothingWasStored() {
        assertThat(StoredRows.assessments()).isEqualTo(assessmentsBefore);
        assertThat(StoredRows.findings()).isEqualTo(findingsBefore);
    }

    static Stream<Arguments> invalidAnswers() {
        return Stream.of(
                Arguments.of("unknown question id", healthyExcept("favourite-colour", "blue"),
                        "answers.favourite-colour", "unknown question id 'favourite-colour'"),
                Arguments.of("text for a yes/no question", healthyExcept("content-lead", "maybe"),
                        "answers.content-lead", "expected true or false"),
                Arguments.of("text for a number", healthyExcept("team-size", "five"),
                        "answers.team-size", "expected a number, got a string"),
                Arguments.of("single option for a multiple choice", healthyExcept("order-channels", "paid-campaigns"),
                        "answers.order-channels", "expected a list of option ids"),
                Arguments.of("list for a single choice", healthyExcept("core-channel", List.of("live-streaming")),
                        "answers.core-channel", "expected one option id"),
                Arguments.of("number for a text", healthyExcept("products", 12),
                        "answers.products", "expected a text, got a number"),
                Arguments.of("option not in the list", healthyExcept("core-channel", "billboards"),
                        "answers.core-channel", "'billboards' is not an option of this question"),
                Arguments.of("option not in a multiple-choice list", healthyExcept("growth-levers", List.of("own-short-videos", "flyers")),
                        "answers.growth-levers", "'flyers' is not an option of this question"),
                Arguments.of("exclusive option combined with others", healthyExcept("order-channels", List.of("dont-know", "paid-campaigns")),
                        "answers.order-channels", "option 'dont-know' cannot be combined with other options"),
                Arguments.of("option chosen twice", healthyExcept("order-channels", List.of("paid-campaigns", "paid-campaigns")),
                        "answers.order-channels", "option 'paid-campaigns' is chosen twice"),
                Arguments.of("negative number", healthyExcept("team-size", -1),
                        "answers.team-size", "must not be negative"),
                Arguments.of("number above the maximum", healthyExcept("team-size", 1_000_000),
                        "answers.team-size", "must be at most 100000"),
                Arguments.of("answer to a question that is not asked",
                        healthyExcept("growth-levers", List.of("own-short-videos"), "live-setup", null),
                        "answers.live-warm-up", "only asked when 'growth-levers' is answered with one of: live-streaming"),
                Arguments.of("text too long", healthyExcept("products", "x".repeat(501)),
                        "answers.products", "text too long: 501 characters, at most 500 allowed"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidAnswers")
    void invalidAnswerIsRefusedNamingTheField(String kind, Map<String, Object> answers, String field, String message) {
        post(request("en", answers))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("instance", equalTo("/api/assessments"))
                .body("errors.field", equalTo(List.of(field)))
                .body("errors[0].message", containsString(message));
    }

    static Stream<Arguments> invalidRequests() {
        Map<String, Object> noParticipant = request("en", healthy());
        noParticipant.remove("participant");
        Map<String, Object> blankParticipant = request("en", healthy());
        blankParticipant.put("participant", "  ");
        Map<String, Object> longParticipant = request("en", healthy());
        longParticipant.put("participant", "p".repeat(201));
        Map<String, Object> noAnswers = request("en", healthy());
        noAnswers.remove("answers");
        Map<String, Object> misspelledField = new LinkedHashMap<>(request("en", healthy()));
        misspelledField.put("answer", Map.of());
        Map<String, Object> answersAsList = request("en", healthy());
        answersAsList.put("answers", List.of("content-lead"));
        return Stream.of(
                Arguments.of("no participant", json(noParticipant), "participant", "is required"),
                Arguments.of("blank participant", json(blankParticipant), "participant", "must not be blank"),
                Arguments.of("participant too long", json(longParticipant), "participant", "is 201 characters long; at most 200 are allowed"),
                Arguments.of("unsupported language", json(request("fr", healthy())), "language", "unsupported language 'fr'"),
                Arguments.of("no answers", json(noAnswers), "answers", "is required"),
                Arguments.of("misspelled field", json(misspelledField), "answer", "unknown field"),
                Arguments.of("answers not an object", json(answersAsList), "answers", "must be an object keyed by question id"),
                Arguments.of("malformed JSON", "{\"participant\": \"shop-42\", \"answers\": {", "body", "is not well-formed JSON at line 1"),
                Arguments.of("not JSON at all", "participant=shop-42", "body", "is not well-formed JSON"),
                Arguments.of("a JSON list", "[]", "body", "must be a JSON object with the fields participant, language and answers"),
                Arguments.of("JSON null", "null", "body", "must be a JSON object"),
                Arguments.of("empty body", "", "body", "is empty"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidRequests")
    void invalidRequestIsRefusedNamingTheField(String kind, String body, String field, String message) {
        post(body)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field))
                .body("errors.find { it.field == '" + field + "' }.message", containsString(message))
                .body("toString()", not(containsString("Exception")))
                .body("toString()", not(containsString("\tat ")));
    }

    @Test
    void everyInvalidAnswerIsReportedAtOnce() {
        post(request("en", healthyExcept("team-size", -3, "core-channel", "billboards", "nope", true)))
                .statusCode(400)
                .body("errors.field", equalTo(List.of("answers.team-size", "answers.core-channel", "answers.nope")));
    }

    @Test
    void bodyOverTheSizeLimitIsRefused() {
        post(request("en", healthyExcept("products", "x".repeat(70_000))))
                .statusCode(413)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("body"))
                .body("errors[0].message", equalTo("larger than the limit of 65536 bytes"));
    }

    @Test
    void bodyWithoutDeclaredLengthIsRefusedOnceItPassesTheLimit() throws Exception {
        byte[] body = json(request("en", healthyExcept("products", "x".repeat(70_000)))).getBytes(StandardCharsets.UTF_8);
        HttpRequest chunked = SignedInAsTrainer.request(URI.create("http://localhost:" + port + "/api/assessments"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(chunked, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"field\":\"body\"");
    }

    @Test
    void wrongContentTypeIsRefusedAsProblem() {
        given().contentType(ContentType.TEXT).body("participant=shop-42")
                .when().post("/api/assessments")
                .then().statusCode(415)
                .contentType("application/problem+json")
                .body("status", equalTo(415));
    }

    private static ValidatableResponse post(Object body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/api/assessments")
                .then();
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
