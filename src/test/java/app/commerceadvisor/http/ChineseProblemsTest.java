package app.commerceadvisor.http;

import static app.commerceadvisor.assessment.Merchants.healthy;
import static app.commerceadvisor.assessment.Merchants.healthyExcept;
import static app.commerceadvisor.assessment.Merchants.request;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Error answers in the language of the request: Chinese for {@code Accept-Language: zh…} or
 * {@code ?lang=zh}, English otherwise, with field names, ids and numbers as they are in both.
 */
@QuarkusTest
class ChineseProblemsTest {

    private static final String UNKNOWN_ID = "00000000-0000-0000-0000-000000000000";

    /** An unknown question, a number for a yes-no question, an option not in the list, a number too large. */
    private static final Map<String, Object> BAD_ANSWERS = healthyExcept("favourite-colour", "blue",
            "content-lead", 3, "core-channel", "billboards", "team-size", 1_000_000);

    @Test
    void badAnswersAreRefusedInChineseForAcceptLanguageZhCn() {
        ValidatableResponse answer = post(given().header("Accept-Language", "zh-CN"), request("en", BAD_ANSWERS))
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("title", equalTo("Bad Request"))
                .body("detail", equalTo("请求中有无效的字段；没有保存任何内容"));
        assertMessage(answer, "answers.favourite-colour", "未知的问题编号 'favourite-colour'");
        assertMessage(answer, "answers.content-lead", "应为是或否（true/false，或 \"yes\"/\"no\"），实际为一个数字");
        assertMessage(answer, "answers.core-channel", "'billboards' 不是这个问题的选项；可选的有：own-short-videos, "
                + "influencer-collaborations, paid-campaigns, live-streaming, product-card, dont-know");
        assertMessage(answer, "answers.team-size", "不能大于 100000");
        answer.body("toString()", not(containsString("Exception")));
    }

    @Test
    void theSameAnswersAreRefusedInEnglishWithoutTheHeader() {
        ValidatableResponse answer = post(given(), request("en", BAD_ANSWERS))
                .statusCode(400)
                .body("detail", equalTo("The request has invalid fields; nothing was stored"));
        assertMessage(answer, "answers.favourite-colour", "unknown question id 'favourite-colour'");
        assertMessage(answer, "answers.content-lead", "expected true or false (or \"yes\"/\"no\"), got a number");
        assertMessage(answer, "answers.core-channel", "'billboards' is not an option of this question; options: "
                + "own-short-videos, influencer-collaborations, paid-campaigns, live-streaming, product-card, dont-know");
        assertMessage(answer, "answers.team-size", "must be at most 100000");
    }

    @Test
    void aChineseReportDoesNotMakeTheErrorsChinese() {
        // the language of the report is the body's business; the errors follow the request's headers
        post(given(), request("zh", healthyExcept("favourite-colour", "blue")))
                .statusCode(400)
                .body("errors[0].message", equalTo("unknown question id 'favourite-colour'"));
    }

    @Test
    void theFirstLanguageOfAcceptLanguageThatHasMessagesWins() {
        post(given().header("Accept-Language", "sv-SE, zh-Hans;q=0.8, en;q=0.5"), request("en", healthyExcept("nope", true)))
                .statusCode(400)
                .body("errors[0].message", equalTo("未知的问题编号 'nope'"));
        post(given().header("Accept-Language", "en-GB, zh;q=0.5"), request("en", healthyExcept("nope", true)))
                .statusCode(400)
                .body("errors[0].message", equalTo("unknown question id 'nope'"));
        post(given().header("Accept-Language", "this is ; not a language"), request("en", healthyExcept("nope", true)))
                .statusCode(400)
                .body("errors[0].message", equalTo("unknown question id 'nope'"));
    }

    @Test
    void unknownFieldOfTheBodyIsNamedInChinese() {
        post(given().header("Accept-Language", "zh-CN"),
                "{\"participant\": \"shop-42\", \"language\": \"zh\", \"answers\": {}, \"colour\": 1}")
                .statusCode(400)
                .body("errors[0].field", equalTo("colour"))
                .body("errors[0].message", equalTo("未知的字段；可用的字段：answers, language, participant"));
    }

    @Test
    void malformedJsonIsRefusedInChinese() {
        post(given().header("Accept-Language", "zh-CN"), "{\"participant\": }")
                .statusCode(400)
                .body("detail", equalTo("请求中有无效的字段；没有保存任何内容"))
                .body("errors[0].field", equalTo("body"))
                .body("errors[0].message", equalTo("不是格式正确的 JSON（第 1 行，第 17 列）"));
        post(given().header("Accept-Language", "zh-CN"), "")
                .statusCode(400)
                .body("errors[0].message", equalTo("为空；应为一个 JSON 对象"));
    }

    @Test
    void unknownAssessmentIsNotFoundInChinese() {
        given().header("Accept-Language", "zh-CN")
                .when().get("/api/assessments/" + UNKNOWN_ID)
                .then().statusCode(404)
                .contentType(Problem.MEDIA_TYPE)
                .body("title", equalTo("Not Found"))
                .body("detail", equalTo("没有编号为 '" + UNKNOWN_ID + "' 的评估"));
    }

    @Test
    void bodyThatIsNotJsonIsRefusedInChineseWith415() {
        given().header("Accept-Language", "zh-CN").contentType("text/plain").body("participant=shop-42")
                .when().post("/api/assessments")
                .then().statusCode(415)
                .contentType(Problem.MEDIA_TYPE)
                .body("detail", equalTo("请求正文必须是 JSON；没有保存任何内容"))
                .body("errors[0].field", equalTo("Content-Type"))
                .body("errors[0].message", equalTo("当前为 'text/plain; charset=ISO-8859-1'；请以 application/json 格式发送请求正文"));
    }

    @Test
    void langParameterOnAGetWinsOverTheHeader() {
        String followUp = "/api/assessments/" + UNKNOWN_ID + "/follow-up";
        given().header("Accept-Language", "en").queryParam("lang", "zh")
                .when().get(followUp)
                .then().statusCode(404)
                .body("detail", equalTo("没有编号为 '" + UNKNOWN_ID + "' 的评估"));
        given().header("Accept-Language", "zh-CN").queryParam("lang", "en")
                .when().get(followUp)
                .then().statusCode(404)
                .body("detail", equalTo("no assessment with id '" + UNKNOWN_ID + "'"));
    }

    @Test
    void aLangTheQuestionnaireDoesNotHaveIsRefusedInTheHeadersLanguage() {
        given().header("Accept-Language", "zh").queryParam("lang", "fr")
                .when().get("/api/questionnaire")
                .then().statusCode(400)
                .body("detail", equalTo("请求中有无效的参数"))
                .body("errors[0].field", equalTo("lang"))
                .body("errors[0].message", equalTo("不支持的语言 'fr'；知识库提供的语言有：en, zh"));
    }

    @Test
    void refusalsOfTheHttpLayerAreInChinese() {
        given().header("Accept-Language", "zh")
                .when().delete("/api/questionnaire")
                .then().statusCode(405)
                .body("detail", equalTo("这个地址不支持此请求方法"));
        given().header("Accept-Language", "zh")
                .when().get("/api/nothing-here")
                .then().statusCode(404)
                .body("detail", equalTo("找不到这个地址"));
        post(given().header("Accept-Language", "zh"), request("en", healthyExcept("products", "x".repeat(70_000))))
                .statusCode(413)
                .body("detail", equalTo("请求正文太大；没有保存任何内容"))
                .body("errors[0].message", equalTo("超过了 65536 字节的上限"));
    }

    @Test
    void interviewAndWhatIfBodiesAreRefusedInChinese() {
        given().header("Accept-Language", "zh").contentType(ContentType.JSON).body("[]")
                .when().post("/api/interview/next")
                .then().statusCode(400)
                .body("errors[0].message", equalTo("必须是一个包含 language、answers 和 skipped 字段的 JSON 对象"));
        String id = post(given(), request("en", healthy())).statusCode(201).extract().path("id");
        given().header("Accept-Language", "zh").contentType(ContentType.JSON).body("{\"answers\": []}")
                .when().post("/api/assessments/" + id + "/what-if")
                .then().statusCode(400)
                .body("errors[0].message", equalTo("必须是以问题编号为键的对象，例如 {\"content-lead\": true}"));
    }

    @Test
    void theApiDocumentationSaysHowTheLanguageIsChosen() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body(containsString("the lang query parameter when present and en or zh, otherwise the first of those in "
                        + "Accept-Language"));
    }

    private static ValidatableResponse post(RequestSpecification request, Object body) {
        return request.contentType(ContentType.JSON).body(body)
                .when().post("/api/assessments")
                .then();
    }

    private static void assertMessage(ValidatableResponse answer, String field, String message) {
        answer.body("errors.find { it.field == '" + field + "' }.message", equalTo(message));
    }
}
