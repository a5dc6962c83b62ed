package app.commerceadvisor.pitfall;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The catalogue is served by the API and the README's table of pitfalls says the same. */
@QuarkusTest
class PitfallCatalogueDocumentationTest {

    @Test
    void catalogueIsServedInEachLanguageWithItsSources() {
        JsonPath english = given().when().get("/api/pitfalls?lang=en").then().statusCode(200).extract().jsonPath();
        JsonPath chinese = given().when().get("/api/pitfalls?lang=zh").then().statusCode(200).extract().jsonPath();

        assertThat(english.getList("id")).isEqualTo(chinese.getList("id")).hasSizeGreaterThanOrEqualTo(30);
        assertThat(english.getString("find { it.id == 'missing-content-talent' }.title"))
                .isEqualTo("No one in the team can direct content");
        assertThat(chinese.getString("find { it.id == 'missing-content-talent' }.title")).isEqualTo("团队缺少能主导内容的人");
        assertThat(english.getList("sources.flatten().document", String.class)).allMatch(document -> document.matches("00[0-4]_[0-9a-f]{16}\\.txt"));
    }

    @Test
    void unsupportedLanguageIsRefused() {
        given().when().get("/api/pitfalls?lang=sv")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("lang"));
    }

    @Test
    void readmeTableListsEveryPitfallWithItsAreaSeverityAndSources() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        List<Map<String, Object>> pitfalls = given().when().get("/api/pitfalls").then().statusCode(200)
                .extract().jsonPath().getList("");

        for (Map<String, Object> pitfall : pitfalls) {
            @SuppressWarnings("unchecked")
            String sources = ((List<Map<String, String>>) pitfall.get("sources")).stream()
                    .map(source -> source.get("document") + " § " + source.get("section"))
                    .collect(Collectors.joining("; "));
            String row = "| `" + pitfall.get("id") + "` | " + pitfall.get("area") + " | " + pitfall.get("severity")
                    + " | " + pitfall.get("title") + " | " + sources + " |";
            assertThat(readme).as("README row for %s", pitfall.get("id")).contains(row);
        }
        long rows = readme.lines().filter(line -> line.matches("\\| `[a-z0-9-]+` \\|.*")).count();
        assertThat(rows).as("pitfall rows in README").isEqualTo(pitfalls.size());
    }
}
