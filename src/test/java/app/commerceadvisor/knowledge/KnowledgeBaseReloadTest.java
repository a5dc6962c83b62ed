package app.commerceadvisor.knowledge;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import app.commerceadvisor.knowledge.scenario.Scenario;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A trainer saves a file and the running service answers with it, or, when the edit is broken, keeps
 * answering with the version before and says where the problem is. The service here works on a copy of
 * the real rules/ and knowledge-base/, which the tests edit.
 */
@QuarkusTest
@TestProfile(KnowledgeBaseReloadTest.CopiedContent.class)
public class KnowledgeBaseReloadTest {

    private static final Path COPY = copyOfTheContent();
    private static final Path EXTRA_RULE = COPY.resolve("rules/extra.drl");

    /** The service on a copy of the content, watching it. */
    public static class CopiedContent implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("advisor.content.rules", COPY.resolve("rules").toString(),
                    "advisor.content.knowledge-base", COPY.resolve("knowledge-base").toString(),
                    "advisor.reload.watch", "true",
                    "advisor.reload.debounce", "100ms");
        }
    }

    @AfterEach
    void removeTheEdits() throws IOException {
        if (Files.deleteIfExists(EXTRA_RULE)) {
            given().noContentType().when().post("/api/knowledge-base/reload").then().statusCode(200);
        }
    }

    @Test
    void savedRuleIsAnsweredWithOnceTheFolderIsQuiet() throws Exception {
        String before = version();

        Files.writeString(EXTRA_RULE, rule("Products are named", "products"));

        waitForVersionOtherThan(before);
        given().contentType(ContentType.JSON)
                .body(Map.of("participant", "shop-1", "language", "en", "answers", Map.of("products", "Tea")))
                .when().post("/api/assessments")
                .then().statusCode(201)
                .body("findings.rule", hasItem("Products are named"))
                .body("knowledgeBaseVersion", equalTo(version()));
    }

    @Test
    void reportMadeWithAnEarlierVersionReadsInAnotherLanguageWithThatVersionsRules() throws Exception {
        String before = version();
        JsonPath made = given().contentType(ContentType.JSON)
                .body(Map.of("participant", "shop-5", "language", "en",
                        "answers", Map.of("content-lead", false, "products", "Tea")))
                .when().post("/api/assessments")
                .then().statusCode(201).extract().jsonPath();
        Files.writeString(EXTRA_RULE, rule("Products are named", "products"));
        given().noContentType().when().post("/api/knowledge-base/reload").then().statusCode(200);
        assertThat(version()).isNotEqualTo(before);

        JsonPath chinese = given().when().get("/api/assessments/" + made.getString("id") + "?lang=zh")
                .then().statusCode(200).extract().jsonPath();

        assertThat(chinese.getString("language")).isEqualTo("zh");
        assertThat(chinese.getString("knowledgeBaseVersion")).as("the version it was made with").isEqualTo(before);
        assertThat(chinese.getList("findings.id")).isEqualTo(made.getList("findings.id"));
        assertThat(chinese.getList("findings.rules.rule").toString()).as("a rule the earlier version lacks")
                .doesNotContain("Products are named");
        given().contentType(ContentType.JSON)
                .body(Map.of("participant", "shop-5", "language", "en",
                        "answers", Map.of("content-lead", false, "products", "Tea")))
                .when().post("/api/assessments")
                .then().statusCode(201).body("findings.rules.rule.flatten()", hasItem("Products are named"));
    }

    @Test
    void brokenEditIsRefusedWithItsLineAndTheActiveVersionKeepsAnswering() throws Exception {
        String before = version();
        Files.writeString(EXTRA_RULE, """
                package rules;

                rule "Unfinished"
                when
                    eval(
                then
                end
                """);

        given().noContentType().when().post("/api/knowledge-base/reload")
                .then().statusCode(422)
                .body("lastOutcome", equalTo("REFUSED"))
                .body("version", equalTo(before))
                .body("problems[0]", equalTo(EXTRA_RULE + ":5: `eval(` is never closed: a `)` is missing before line 6"));
        given().contentType(ContentType.JSON)
                .body(Map.of("participant", "shop-2", "language", "en", "answers", Map.of("content-lead", false)))
                .when().post("/api/assessments")
                .then().statusCode(201)
                .body("knowledgeBaseVersion", equalTo(before))
                .body("findings.pitfall", hasItem("missing-content-talent"));
        given().when().get("/api/knowledge-base/status")
                .then().statusCode(200)
                .body("version", equalTo(before))
                .body("problems.size()", equalTo(1));
    }

    @Test
    void addedQuestionIsAskedAtOnceAndTheHealthyMerchantStillHasNothingToFix() throws Exception {
        Path questionnaire = COPY.resolve("knowledge-base/questionnaire.yaml");
        String original = Files.readString(questionnaire);
        List<ContentProblem> problems = new ArrayList<>();
        Scenario healthy = YamlFileReader.read(
                COPY.resolve("knowledge-base/scenarios/00-content-merchant-with-nothing-to-fix.yaml"), Scenario.class, problems);
        assertThat(problems).isEmpty();
        String before = version();
        try {
            Files.writeString(questionnaire, original.replaceFirst("      - id: product-category\n", """
                          - id: own-warehouse
                            context: true
                            type: yes-no
                            text: {en: "Do you run your own warehouse?", zh: "你有自己的仓库吗？"}
                            help: {en: "Yes if you store the goods yourself.", zh: "如果货物由你自己存放，选“是”。"}
                          - id: product-category
                    """));

            // the watcher may have taken the edit in already: then the reload finds it active
            given().noContentType().when().post("/api/knowledge-base/reload").then().statusCode(200)
                    .body("lastOutcome", anyOf(equalTo("ACTIVATED"), equalTo("UNCHANGED")));
            assertThat(version()).isNotEqualTo(before);
            given().when().get("/api/questionnaire?lang=zh").then().statusCode(200)
                    .body("sections[0].questions.id", hasItem("own-warehouse"));
            given().contentType(ContentType.JSON)
                    .body(Map.of("participant", "shop-4", "language", healthy.language(), "answers", healthy.answers()))
                    .when().post("/api/assessments")
                    .then().statusCode(201)
                    .body("findings.size()", equalTo(0))
                    .body("unanswered", hasItem("own-warehouse"));
        } finally {
            Files.writeString(questionnaire, original);
            given().noContentType().when().post("/api/knowledge-base/reload").then().statusCode(200);
        }
    }

    @Test
    void reloadOfUnchangedContentKeepsTheVersion() {
        String before = version();

        given().noContentType().when().post("/api/knowledge-base/reload")
                .then().statusCode(200)
                .body("lastOutcome", equalTo("UNCHANGED"))
                .body("version", equalTo(before));
    }

    @Test
    void noAssessmentFailsWhileVersionsAreSwappedUnderIt() throws Exception {
        AtomicBoolean reloading = new AtomicBoolean(true);
        ExecutorService posters = Executors.newFixedThreadPool(4);
        List<Future<List<Integer>>> statuses = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                statuses.add(posters.submit(() -> {
                    List<Integer> seen = new ArrayList<>();
                    while (reloading.get()) {
                        seen.add(given().contentType(ContentType.JSON)
                                .body(Map.of("participant", "shop-3", "language", "en",
                                        "answers", Map.of("content-lead", false, "products", "Tea")))
                                .when().post("/api/assessments").then().extract().statusCode());
                    }
                    return seen;
                }));
            }
            for (int i = 0; i < 10; i++) {
                // two different versions in turn, each activated for real
                Files.writeString(EXTRA_RULE, rule("Products are named " + (i % 2), "products"));
                // the watcher may have activated the saved file first; either way it is the active version
                given().noContentType().when().post("/api/knowledge-base/reload").then().statusCode(200)
                        .body("lastOutcome", anyOf(equalTo("ACTIVATED"), equalTo("UNCHANGED")));
            }
        } finally {
            reloading.set(false);
            posters.shutdown();
        }
        List<Integer> all = new ArrayList<>();
        for (Future<List<Integer>> seen : statuses) {
            all.addAll(seen.get());
        }
        assertThat(all).isNotEmpty().containsOnly(201);
    }

    private static String rule(String name, String question) {
        return """
                package rules;

                import app.commerceadvisor.engine.Answer;

                rule "%s"
                    @title(en = "A rule added by a test", zh = "测试添加的规则")
                    @pitfall("missing-content-talent")
                when
                    Answer(question == "%s", text != null)
                then
                end
                """.formatted(name, question);
    }

    private static String version() {
        return given().when().get("/api/knowledge-base/status").then().statusCode(200).extract().path("version");
    }

    private static void waitForVersionOtherThan(String before) throws InterruptedException {
        for (int i = 0; i < 200 && version().equals(before); i++) {
            Thread.sleep(50);
        }
        assertThat(version()).as("the version after saving a rule file").isNotEqualTo(before);
    }

    private static Path copyOfTheContent() {
        try {
            Path copy = Files.createTempDirectory("advisor-content");
            ContentFolders.copy(Path.of("rules"), copy.resolve("rules"));
            ContentFolders.copy(Path.of("knowledge-base"), copy.resolve("knowledge-base"));
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
