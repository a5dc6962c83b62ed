package app.commerceadvisor.http;

import static org.assertj.core.api.Assertions.assertThat;

import app.commerceadvisor.security.SignedInAsTrainer;
import app.commerceadvisor.knowledge.ActiveKnowledgeBase;
import app.commerceadvisor.knowledge.scenario.ScenarioReader;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Real responses, checked against what the service's own {@code /q/openapi} says of them: the schema
 * declared for that path, method, status and media type, with every object schema closed (a field the
 * document does not list is a violation too), validated by an independent JSON Schema 2020-12 validator.
 * A client generated from the document must be able to read every answer.
 */
@QuarkusTest
class OpenApiContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @Inject
    ActiveKnowledgeBase knowledgeBase;

    private ObjectNode document;
    private final List<String> violations = new ArrayList<>();
    private int checked;

    @BeforeEach
    void readTheDocument() throws Exception {
        document = (ObjectNode) JSON.readTree(send(SignedInAsTrainer.request(uri("/q/openapi?format=json"))).body());
        document.withObject("/components").withObject("/schemas").properties().forEach(entry -> close(entry.getValue()));
    }

    @Test
    void everyScenarioAssessmentMatchesTheDocument() throws Exception {
        for (ScenarioReader.ScenarioFile file : ScenarioReader.read(Path.of("knowledge-base", "scenarios"),
                knowledgeBase.require().pitfalls())) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("participant", "contract-" + file.file().getFileName());
            body.put("language", file.scenario().language());
            body.put("answers", file.scenario().answers());
            HttpResponse<String> created = post(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body),
                    "application/json");
            check("/api/assessments", "post", created);
            check("/api/assessments/{id}", "get",
                    send(SignedInAsTrainer.request(uri(created.headers().firstValue("Location").orElseThrow()))));
        }
        assertThat(checked).isGreaterThanOrEqualTo(60);
        assertThat(violations).isEmpty();
    }

    @Test
    void questionnaireAndCatalogueMatchTheDocument() throws Exception {
        for (String language : knowledgeBase.require().questionnaire().languages()) {
            check("/api/questionnaire", "get", send(SignedInAsTrainer.request(uri("/api/questionnaire?lang=" + language))));
            check("/api/pitfalls", "get", send(SignedInAsTrainer.request(uri("/api/pitfalls?lang=" + language))));
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void knowledgeBaseStatusReloadAndVersionsMatchTheDocument() throws Exception {
        check("/api/knowledge-base/status", "get", send(SignedInAsTrainer.request(uri("/api/knowledge-base/status"))));
        check("/api/knowledge-base/reload", "post", send(SignedInAsTrainer.request(uri("/api/knowledge-base/reload"))
                .POST(HttpRequest.BodyPublishers.noBody())));
        check("/api/knowledge-base/versions", "get", send(SignedInAsTrainer.request(uri("/api/knowledge-base/versions"))));
        assertThat(checked).isEqualTo(3);
        assertThat(violations).isEmpty();
    }

    @Test
    void everyDocumentedProblemMatchesTheDocument() throws Exception {
        check("/api/assessments", "post", post("{\"participant\":42,\"language\":\"en\",\"answers\":{\"x\":1}}", "application/json"));
        check("/api/assessments", "post", post("{\"participant\":\"p\",\"language\":\"en\",\"answers\":{}}", "text/plain"));
        check("/api/assessments", "post", post("{\"participant\":\"" + "x".repeat(70_000) + "\"}", "application/json"));
        check("/api/assessments/{id}", "get", send(SignedInAsTrainer.request(uri("/api/assessments/no-such-id"))));
        check("/api/questionnaire", "get", send(SignedInAsTrainer.request(uri("/api/questionnaire?lang=xx"))));
        assertThat(checked).isEqualTo(5);
        assertThat(violations).isEmpty();
    }

    @Test
    void previewAndReEvaluationMatchTheDocument() throws Exception {
        HttpResponse<String> created = post("{\"participant\":\"contract-replay\",\"language\":\"en\","
                + "\"answers\":{\"content-lead\":false,\"tracked-figures\":[\"none\"]}}", "application/json");
        String location = created.headers().firstValue("Location").orElseThrow();
        check("/api/assessments/{id}/re-evaluate", "post", send(SignedInAsTrainer.request(uri(location + "/re-evaluate"))
                .POST(HttpRequest.BodyPublishers.noBody())));
        check("/api/assessments/{id}/re-evaluate", "post", send(SignedInAsTrainer.request(
                uri("/api/assessments/no-such-id/re-evaluate")).POST(HttpRequest.BodyPublishers.noBody())));
        check("/api/knowledge-base/preview", "post", send(SignedInAsTrainer.request(uri("/api/knowledge-base/preview"))
                .POST(HttpRequest.BodyPublishers.noBody())));
        assertThat(checked).isEqualTo(3);
        assertThat(violations).isEmpty();
    }

    /** Validates one response against the schema the document declares for it; an undeclared answer is a violation. */
    private void check(String path, String method, HttpResponse<String> response) throws Exception {
        checked++;
        String status = Integer.toString(response.statusCode());
        String mediaType = response.headers().firstValue("Content-Type").orElse("").split(";")[0].strip();
        JsonNode declared = document.path("paths").path(path).path(method).path("responses").path(status)
                .path("content").path(mediaType).path("schema");
        if (declared.isMissingNode()) {
            violations.add(method.toUpperCase() + " " + path + " answered " + status + " " + mediaType
                    + ", which the document does not declare");
            return;
        }
        ObjectNode root = document.deepCopy();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$ref", "#/paths/" + path.replace("~", "~0").replace("/", "~1") + "/" + method + "/responses/"
                + status + "/content/" + mediaType.replace("/", "~1") + "/schema");
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(root);
        for (Error error : schema.validate(JSON.readTree(response.body()))) {
            violations.add(method.toUpperCase() + " " + path + " " + status + ": " + error);
        }
    }

    /** Closes an object schema and those nested in it: a property the document does not list is a violation. */
    private static void close(JsonNode schema) {
        if (schema instanceof ObjectNode object) {
            if (object.has("properties") && !object.has("additionalProperties")) {
                object.put("additionalProperties", false);
            }
            object.properties().forEach(entry -> close(entry.getValue()));
        } else if (schema.isArray()) {
            schema.forEach(OpenApiContractTest::close);
        }
    }

    private HttpResponse<String> post(String body, String contentType) throws Exception {
        return send(SignedInAsTrainer.request(uri("/api/assessments")).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
