package app.commerceadvisor.questionnaire;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class QuestionnaireResourceTest {

    @Test
    void questionnaireListsSectionsAndQuestionsWithStableIdsAndTypes() {
        JsonPath questionnaire = questionnaire("en");

        assertThat(questionnaire.getList("sections.id", String.class)).containsExactly(
                "business", "sales-logic", "team", "channels", "supply-and-service", "conversion-and-accumulation");
        List<String> ids = questionnaire.getList("sections.questions.flatten().id", String.class);
        assertThat(ids).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(30)
                .startsWith("products", "product-category", "merchant-stage", "team-size")
                .contains("content-lead", "order-channels", "core-channel", "restocked-after-first-orders");
        assertThat(questionnaire.getList("sections.questions.flatten().type", String.class)).containsOnly(
                "text", "number", "yes-no", "single-choice", "multiple-choice");
        assertThat(questionnaire.getString("knowledgeBaseVersion")).startsWith("sha256:");
    }

    @Test
    void questionsCarryTextHelpAndOptionsInEnglish() {
        JsonPath questionnaire = questionnaire("en");
        String contentLead = "sections.questions.flatten().find { it.id == 'content-lead' }";
        String orderChannels = "sections.questions.flatten().find { it.id == 'order-channels' }";

        assertThat(questionnaire.getString(contentLead + ".text")).startsWith("Is there someone in your team");
        assertThat(questionnaire.getString(contentLead + ".help")).isNotBlank();
        assertThat(questionnaire.getList(contentLead + ".options.id", String.class)).containsExactly("yes", "no");
        assertThat(questionnaire.getList(contentLead + ".options.text", String.class)).containsExactly("Yes", "No");
        assertThat(questionnaire.getList(orderChannels + ".options.id", String.class)).contains("own-short-videos", "dont-know");
        assertThat(questionnaire.getBoolean(orderChannels + ".options.find { it.id == 'dont-know' }.exclusive")).isTrue();
    }

    @Test
    void questionnaireIsServedInChineseWithTheSameIds() {
        JsonPath english = questionnaire("en");
        JsonPath chinese = questionnaire("zh");
        String contentLead = "sections.questions.flatten().find { it.id == 'content-lead' }";

        assertThat(chinese.getList("sections.questions.flatten().id"))
                .isEqualTo(english.getList("sections.questions.flatten().id"));
        assertThat(chinese.getString("language")).isEqualTo("zh");
        assertThat(chinese.getString(contentLead + ".text")).startsWith("团队里有没有");
        assertThat(chinese.getList(contentLead + ".options.text", String.class)).containsExactly("是", "否");
        assertThat(chinese.getList("sections.title", String.class)).contains("你的团队与内容");
    }

    @Test
    void numberAndTextQuestionsTellTheirLimits() {
        JsonPath questionnaire = questionnaire("en");

        assertThat(questionnaire.getDouble("sections.questions.flatten().find { it.id == 'team-size' }.min")).isZero();
        assertThat(questionnaire.getDouble("sections.questions.flatten().find { it.id == 'team-size' }.max")).isEqualTo(100000);
        assertThat(questionnaire.getInt("sections.questions.flatten().find { it.id == 'products' }.maxLength")).isEqualTo(500);
        assertThat(questionnaire.getList("sections.questions.flatten().find { it.id == 'products' }.options")).isNull();
    }

    @Test
    void questionAskedOnlyAfterAnEarlierAnswerSaysWhich() {
        JsonPath questionnaire = questionnaire("en");
        String warmUp = "sections.questions.flatten().find { it.id == 'live-warm-up' }";

        assertThat(questionnaire.getString(warmUp + ".showIf.question")).isEqualTo("growth-levers");
        assertThat(questionnaire.getList(warmUp + ".showIf.oneOf", String.class)).containsExactly("live-streaming");
        assertThat(questionnaire.getMap("sections.questions.flatten().find { it.id == 'content-lead' }"))
                .doesNotContainKey("showIf");
    }

    @Test
    void englishIsTheDefaultLanguage() {
        given().when().get("/api/questionnaire")
                .then().statusCode(200).body("language", equalTo("en"));
    }

    @Test
    void unsupportedLanguageIsRefusedNamingTheParameter() {
        given().when().get("/api/questionnaire?lang=fr")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", equalTo("The request has invalid parameters"))
                .body("errors.field", equalTo(List.of("lang")))
                .body("errors[0].message", containsString("unsupported language 'fr'"));
    }

    private static JsonPath questionnaire(String language) {
        return given().when().get("/api/questionnaire?lang=" + language)
                .then().statusCode(200).contentType(ContentType.JSON)
                .extract().jsonPath();
    }
}
