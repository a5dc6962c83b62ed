package app.commerceadvisor.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ServiceEndpointsTest {

    @Test
    void readinessReportsTheActiveKnowledgeBase() throws IOException {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("knowledge-base"))
                .body("checks.find { it.name == 'knowledge-base' }.data.version", matchesPattern("sha256:[0-9a-f]{64}"))
                .body("checks.find { it.name == 'knowledge-base' }.data.rules", equalTo(rulesInRuleFiles()));
    }

    /** Counts the rule declarations in rules/ the way a trainer would, by reading the files. */
    private static int rulesInRuleFiles() throws IOException {
        Pattern declaration = Pattern.compile("(?m)^rule\\s+\"");
        int rules = 0;
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".drl")).toList()) {
                rules += (int) declaration.matcher(Files.readString(file)).results().count();
            }
        }
        return rules;
    }

    @Test
    void openApiDescribesTheAssessmentEndpoints() {
        given().queryParam("format", "json")
                .when().get("/q/openapi")
                .then().statusCode(200)
                .body(containsString("/api/assessments"))
                .body(containsString("/api/questionnaire"))
                .body(containsString("/api/assessments/{id}/re-evaluate"))
                .body(containsString("/api/knowledge-base/preview"))
                .body(containsString("application/problem+json"));
    }

    @Test
    void swaggerUiIsServed() {
        given().when().get("/q/swagger-ui/")
                .then().statusCode(200)
                .body(containsString("swagger"));
    }

    @Test
    void unknownApiPathIsAProblem() {
        given().when().get("/api/no-such-thing")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void wrongMethodIsAProblem() {
        given().when().delete("/api/questionnaire")
                .then().statusCode(405)
                .header("Allow", equalTo("GET, HEAD, OPTIONS"))
                .contentType("application/problem+json")
                .body("status", equalTo(405));
        given().when().delete("/api/assessments")
                .then().statusCode(405)
                .header("Allow", equalTo("GET, HEAD, OPTIONS, POST"));
        given().noContentType().when().post("/api/questionnaire")
                .then().statusCode(405)
                .header("Allow", equalTo("GET, HEAD, OPTIONS"));
        given().when().get("/api/knowledge-base/preview")
                .then().statusCode(405)
                .header("Allow", equalTo("OPTIONS, POST"));
        given().when().get("/api/assessments/" + UUID.randomUUID() + "/re-evaluate")
                .then().statusCode(405)
                .contentType("application/problem+json")
                .header("Allow", equalTo("OPTIONS, POST"));
    }
}
