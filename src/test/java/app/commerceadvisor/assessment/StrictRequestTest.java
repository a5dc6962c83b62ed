package app.commerceadvisor.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import app.commerceadvisor.security.SignedInAsTrainer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A body is read in exactly one way: what could mean two things (a field given twice, bytes that are not
 * UTF-8, half a surrogate pair, a number where a text belongs) is refused with a problem naming the
 * field in the API's words, and nothing is stored. Bodies are sent as raw bytes, as a hostile client would.
 */
@QuarkusTest
class StrictRequestTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    private long assessmentsBefore;

    @BeforeEach
    void countStoredRows() {
        assessmentsBefore = StoredRows.assessments();
    }

    @AfterEach
    void nothingWasStored() {
        assertThat(StoredRows.assessments()).isEqualTo(assessmentsBefore);
    }

    static Stream<Arguments> ambiguousBodies() {
        return Stream.of(
                Arguments.of("a field given twice", utf8("{\"participant\":\"shop-42\",\"language\":\"fr\",\"language\":\"en\",\"answers\":{}}"),
                        "language", "is given twice"),
                Arguments.of("an answer given twice", utf8("{\"participant\":\"shop-42\",\"language\":\"en\",\"answers\":{\"team-size\":-5,\"team-size\":3}}"),
                        "answers.team-size", "is given twice"),
                Arguments.of("content after the object", utf8("{\"participant\":\"shop-42\",\"language\":\"en\",\"answers\":{}} {}"),
                        "body", "has more after the JSON value"),
                Arguments.of("garbage after the object", utf8("{\"participant\":\"shop-42\",\"language\":\"en\",\"answers\":{}}xyz"),
                        "body", "has more after the JSON value"),
                Arguments.of("participant as a number", utf8("{\"participant\":42,\"language\":\"en\",\"answers\":{}}"),
                        "participant", "must be a text, not a number"),
                Arguments.of("participant as a boolean", utf8("{\"participant\":true,\"language\":\"en\",\"answers\":{}}"),
                        "participant", "must be a text, not a boolean"),
                Arguments.of("language as a list", utf8("{\"participant\":\"p\",\"language\":[\"en\"],\"answers\":{}}"),
                        "language", "must be a language code as a text"),
                Arguments.of("answers as a text", utf8("{\"participant\":\"p\",\"language\":\"en\",\"answers\":\"content-lead\"}"),
                        "answers", "must be an object keyed by question id"),
                Arguments.of("an overlong encoding of '/'", bytes("{\"participant\":\"shop", 0xc0, 0xaf, "42\",\"language\":\"en\",\"answers\":{}}"),
                        "body", "is not valid UTF-8: byte 21"),
                Arguments.of("a byte that starts no UTF-8 sequence", bytes("{\"participant\":\"shop", 0xff, "\",\"language\":\"en\",\"answers\":{}}"),
                        "body", "is not valid UTF-8"),
                Arguments.of("a surrogate encoded in UTF-8", bytes("{\"participant\":\"shop", 0xed, 0xa0, 0x80, "\",\"language\":\"en\",\"answers\":{}}"),
                        "body", "is not valid UTF-8"),
                Arguments.of("a code point above U+10FFFF", bytes("{\"participant\":\"shop", 0xf4, 0x90, 0x80, 0x80, "\",\"language\":\"en\",\"answers\":{}}"),
                        "body", "is not valid UTF-8"),
                Arguments.of("a lone surrogate escape in an answer", utf8("{\"participant\":\"p\",\"language\":\"en\",\"answers\":{\"products\":\"tea \\ud800 cups\"}}"),
                        "answers.products", "half of a surrogate pair"),
                Arguments.of("a lone low surrogate escape in the participant", utf8("{\"participant\":\"\\udc00\",\"language\":\"en\",\"answers\":{}}"),
                        "participant", "half of a surrogate pair"),
                Arguments.of("nesting deeper than any request needs", utf8("{\"participant\":\"p\",\"language\":\"en\",\"answers\":{\"products\":"
                                + "[".repeat(40) + "]".repeat(40) + "}}"),
                        "answers.products" + "[0]".repeat(14), "is nested more than 16 levels deep"),
                Arguments.of("a number too long to read", utf8("{\"participant\":\"p\",\"language\":\"en\",\"answers\":{\"team-size\":" + "9".repeat(200) + "}}"),
                        "body", "has a number too long to be read"),
                Arguments.of("more answers than the questionnaire has questions", utf8(manyAnswers(500)),
                        "answers", "has 500 entries; the questionnaire has"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ambiguousBodies")
    void ambiguousBodyIsRefusedNamingTheField(String kind, byte[] body, String field, String message) throws Exception {
        HttpResponse<String> response = post("application/json", body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertProblemWithoutInternals(response);
        JsonNode errors = JSON.readTree(response.body()).get("errors");
        assertThat(errors).anySatisfy(error -> {
            assertThat(error.get("field").asText()).isEqualTo(field);
            assertThat(error.get("message").asText()).contains(message);
        });
    }

    static Stream<Arguments> wrongContentTypes() {
        return Stream.of(
                Arguments.of("*/*", "is '*/*'; send the body as application/json"),
                Arguments.of("text/plain", "is 'text/plain'"),
                Arguments.of("application/x-www-form-urlencoded", "send the body as application/json"),
                Arguments.of("application/json; charset=ISO-8859-1", "names charset 'ISO-8859-1'; only UTF-8 is accepted"),
                Arguments.of("", "is missing"));
    }

    @ParameterizedTest(name = "Content-Type: {0}")
    @MethodSource("wrongContentTypes")
    void bodyNotSentAsJsonIsRefusedWith415(String contentType, String message) throws Exception {
        HttpResponse<String> response = post(contentType, utf8("{\"participant\":\"p\",\"language\":\"en\",\"answers\":{}}"));

        assertThat(response.statusCode()).isEqualTo(415);
        assertProblemWithoutInternals(response);
        JsonNode error = JSON.readTree(response.body()).get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("Content-Type");
        assertThat(error.get("message").asText()).contains(message);
    }

    @Test
    void jsonWithCharsetUtf8IsAccepted() throws Exception {
        HttpResponse<String> response = post("application/json; charset=UTF-8",
                utf8("{\"participant\":\"p\",\"language\":\"en\",\"answers\":{}}"));

        assertThat(response.statusCode()).isEqualTo(201);
        assessmentsBefore++;
    }

    @Test
    void participantOf200EmojiIsAcceptedAndReadBackAsSent() throws Exception {
        String participant = "\uD83D\uDE00".repeat(200);
        HttpResponse<String> created = post("application/json",
                utf8("{\"participant\":\"" + participant + "\",\"language\":\"en\",\"answers\":{}}"));

        assertThat(created.statusCode()).isEqualTo(201);
        assessmentsBefore++;
        assertThat(JSON.readTree(created.body()).get("participant").asText()).isEqualTo(participant);
        HttpResponse<String> read = CLIENT.send(SignedInAsTrainer.request(
                        URI.create("http://localhost:" + port + created.headers().firstValue("Location").orElseThrow())).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(read.body()).isEqualTo(created.body());
    }

    @Test
    void participantOf201EmojiIsRefusedCountingCharacters() throws Exception {
        HttpResponse<String> response = post("application/json",
                utf8("{\"participant\":\"" + "\uD83D\uDE00".repeat(201) + "\",\"language\":\"en\",\"answers\":{}}"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("is 201 characters long; at most 200 are allowed");
    }

    @Test
    void locationIsAPathNotBuiltFromTheHostHeader() throws Exception {
        HttpResponse<String> response = CLIENT.send(SignedInAsTrainer.request(URI.create("http://localhost:" + port + "/api/assessments"))
                        .header("Content-Type", "application/json")
                        .header("X-Forwarded-Host", "evil.example")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"participant\":\"p\",\"language\":\"en\",\"answers\":{}}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(201);
        assessmentsBefore++;
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).matches("/api/assessments/[0-9a-f-]{36}"));
    }

    @Test
    void declaredBodyOfTwoMegabytesGets413Problem() throws Exception {
        HttpResponse<String> response = post("application/json", new byte[2 * 1024 * 1024]);

        assertThat(response.statusCode()).isEqualTo(413);
        assertProblemWithoutInternals(response);
        assertThat(response.body()).contains("\"field\":\"body\"", "larger than the limit of 65536 bytes");
    }

    @Test
    void chunkedBodyOfTwoMegabytesGets413Problem() throws Exception {
        byte[] body = new byte[2 * 1024 * 1024];
        HttpResponse<String> response = CLIENT.send(SignedInAsTrainer.request(URI.create("http://localhost:" + port + "/api/assessments"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertProblemWithoutInternals(response);
        assertThat(response.body()).contains("larger than the limit of 65536 bytes");
    }

    private HttpResponse<String> post(String contentType, byte[] body) throws Exception {
        HttpRequest.Builder request = SignedInAsTrainer.request(URI.create("http://localhost:" + port + "/api/assessments"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (!contentType.isEmpty()) {
            request.header("Content-Type", contentType);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static void assertProblemWithoutInternals(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).doesNotContainPattern("(?i)java|jackson|exception|fasterxml|commerceadvisor|\\tat ");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Text and raw bytes in sequence: strings as UTF-8, integers as single bytes. */
    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof String text) {
                out.writeBytes(utf8(text));
            } else {
                out.write((Integer) part);
            }
        }
        return out.toByteArray();
    }

    private static String manyAnswers(int count) {
        StringBuilder body = new StringBuilder("{\"participant\":\"p\",\"language\":\"en\",\"answers\":{");
        for (int i = 0; i < count; i++) {
            body.append(i == 0 ? "" : ",").append("\"q").append(i).append("\":1");
        }
        return body.append("}}").toString();
    }
}
