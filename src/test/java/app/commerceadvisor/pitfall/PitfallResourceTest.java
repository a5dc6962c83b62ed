package app.commerceadvisor.pitfall;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/** The catalogue is served by the API in each language, with its sources (docs/pitfalls.md is checked by ./advisor check). */
@QuarkusTest
class PitfallResourceTest {

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
}
