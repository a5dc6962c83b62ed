package app.commerceadvisor.replay;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import app.commerceadvisor.assessment.Assessment;
import app.commerceadvisor.assessment.AssessmentView;
import app.commerceadvisor.assessment.AssessmentView.FindingView;
import app.commerceadvisor.assessment.Finding;
import app.commerceadvisor.assessment.Merchants;
import app.commerceadvisor.knowledge.ActiveKnowledgeBase;
import app.commerceadvisor.knowledge.ContentFolders;
import app.commerceadvisor.knowledge.Source;
import app.commerceadvisor.knowledge.scenario.ScenarioReader;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A trainer previews an edit of the content against every stored assessment before activating it, and
 * evaluates one stored assessment again after a reload. The service works on a copy of the real rules/
 * and knowledge-base/, which the tests edit, and on a database of its own holding the example merchants
 * of knowledge-base/scenarios/ and one assessment stored before reports were kept whole.
 */
@QuarkusTest
@TestProfile(ReplayTest.CopiedContentOwnDatabase.class)
class ReplayTest {

    private static final Path COPY = copyOfTheContent();
    private static final Path EXTRA_RULE = COPY.resolve("rules/extra.drl");
    private static final Path RULES_WITH_FIGURES = COPY.resolve("rules/conversion-and-accumulation.drl");
    private static final Path QUESTIONNAIRE = COPY.resolve("knowledge-base/questionnaire.yaml");
    private static final Path TEAM_PITFALLS = COPY.resolve("knowledge-base/pitfalls/02-team-and-content.yaml");
    private static final String DROPPED_RULE = "No figures are watched regularly";
    /** Every assessment in the database, in the order they were stored. */
    private static final List<String> STORED = new ArrayList<>();
    private static String beforeReports;

    /** The service on a copy of the content, reloading only on demand, with a database of its own. */
    public static class CopiedContentOwnDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            String database = "jdbc:h2:mem:advisor-replay-test;DB_CLOSE_DELAY=-1";
            return Map.of("advisor.content.rules", COPY.resolve("rules").toString(),
                    "advisor.content.knowledge-base", COPY.resolve("knowledge-base").toString(),
                    "quarkus.datasource.jdbc.url", database,
                    "%test.quarkus.datasource.jdbc.url", database);
        }

        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(OpenRuleBases.class);
        }
    }

    @Inject
    ActiveKnowledgeBase knowledgeBase;

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager entityManager;

    private final Map<Path, String> originals = new LinkedHashMap<>();

    @BeforeEach
    void storeTheExampleMerchantsOnce() throws IOException {
        if (!STORED.isEmpty()) {
            return;
        }
        for (ScenarioReader.ScenarioFile file : ScenarioReader.read(COPY.resolve("knowledge-base/scenarios"),
                knowledgeBase.require().pitfalls())) {
            Map<String, Object> request = new LinkedHashMap<>();
            request.put("participant", "replay-" + file.file().getFileName());
            request.put("language", file.scenario().language());
            request.put("answers", file.scenario().answers());
            post(request);
        }
        beforeReports = storeAsBeforeReports(Merchants.healthyExcept("content-lead", false, "tracked-figures", List.of("none")));
    }

    @AfterEach
    void undoTheEdits() throws IOException {
        Files.deleteIfExists(EXTRA_RULE);
        for (Map.Entry<Path, String> original : originals.entrySet()) {
            Files.writeString(original.getKey(), original.getValue());
        }
        given().noContentType().when().post("/api/knowledge-base/reload").then().statusCode(200);
    }

    @Test
    void unchangedCandidateReplaysEveryAssessmentUnchanged() {
        String active = version();

        JsonPath preview = preview(200);

        int stored = STORED.size();
        assertThat(preview.getString("candidateVersion")).isEqualTo(active);
        assertThat(preview.getString("activeVersion")).isEqualTo(active);
        assertThat(preview.getInt("assessments")).isEqualTo(stored).isGreaterThan(40);
        assertThat(preview.getInt("replayed")).isEqualTo(stored);
        assertThat(preview.getInt("unchanged")).isEqualTo(stored);
        assertThat(preview.getInt("notReplayable")).isZero();
        assertThat(preview.getList("pitfalls")).isEmpty();
        assertThat(preview.getList("notReplayed")).isEmpty();
    }

    @Test
    void candidateWithoutARuleShowsTheAssessmentsThatLoseItsPitfall() throws IOException {
        List<String> losing = STORED.stream().filter(id -> report(id).getList("findings.rule").contains(DROPPED_RULE)).toList();
        assertThat(losing).as("stored assessments found by the rule to drop").isNotEmpty();
        String active = version();
        edit(RULES_WITH_FIGURES, Pattern.compile("rule \"" + DROPPED_RULE + "\".*?\nend\n", Pattern.DOTALL), "");

        JsonPath preview = preview(200);

        assertThat(preview.getString("candidateVersion")).isNotEqualTo(active);
        assertThat(preview.getList("pitfalls.pitfall")).containsExactly("gmv-only-data");
        assertThat(preview.getInt("pitfalls[0].lost")).isEqualTo(losing.size());
        assertThat(preview.getList("pitfalls[0].lostBy", String.class)).containsExactlyInAnyOrderElementsOf(losing);
        assertThat(preview.getInt("pitfalls[0].gained")).isZero();
        assertThat(preview.getInt("unchanged")).isEqualTo(preview.getInt("replayed") - losing.size());
        assertThat(version()).as("the active version").isEqualTo(active);
    }

    @Test
    void candidateWithANewRuleShowsTheAssessmentsThatGainItsPitfall() throws IOException {
        List<String> gaining = STORED.stream().filter(id -> {
            JsonPath report = report(id);
            return report.getString("answers.products") != null && !report.getString("answers.products").isBlank()
                    && !report.getList("findings.pitfall").contains("missing-content-talent");
        }).toList();
        assertThat(gaining).as("stored assessments that name their products and lack content talent").isNotEmpty();
        Files.writeString(EXTRA_RULE, productsRule());

        JsonPath preview = preview(200);

        assertThat(preview.getList("pitfalls.pitfall")).containsExactly("missing-content-talent");
        assertThat(preview.getInt("pitfalls[0].gained")).isEqualTo(gaining.size());
        assertThat(preview.getList("pitfalls[0].gainedBy", String.class)).containsExactlyInAnyOrderElementsOf(gaining);
        assertThat(preview.getInt("pitfalls[0].gainedByUnlisted")).isZero();
        assertThat(preview.getInt("pitfalls[0].lost")).isZero();
    }

    @Test
    void candidateWithoutAQuestionNamesTheAssessmentsWhoseAnswersNoLongerFit() throws IOException {
        List<String> answeredIt = STORED.stream().filter(id -> report(id).getMap("answers").containsKey("products")).toList();
        assertThat(answeredIt).isNotEmpty();
        dropTheProductsQuestion();

        JsonPath preview = preview(200);

        assertThat(preview.getInt("notReplayable")).isEqualTo(answeredIt.size());
        assertThat(preview.getInt("replayed")).isEqualTo(preview.getInt("assessments") - answeredIt.size());
        assertThat(preview.getList("notReplayed.assessment", String.class)).containsExactlyInAnyOrderElementsOf(answeredIt);
        assertThat(preview.getList("notReplayed.reason", String.class))
                .containsOnly("answers.products: unknown question id 'products'");
    }

    @Test
    void storedReportWithoutReadableAnswersIsCountedAsNotReplayableAndTheOthersAreReplayed() {
        UUID damaged = UUID.randomUUID();
        Assessment row = new Assessment();
        row.id = damaged;
        row.participant = "shop-damaged";
        row.language = "en";
        row.createdAt = Instant.now().minusSeconds(60);
        row.knowledgeBaseVersion = version();
        row.report = ("{\"id\":\"" + damaged + "\"}").getBytes(StandardCharsets.UTF_8);
        QuarkusTransaction.requiringNew().run(() -> entityManager.persist(row));
        try {
            JsonPath preview = preview(200);

            assertThat(preview.getInt("notReplayable")).isEqualTo(1);
            assertThat(preview.getString("notReplayed[0].assessment")).isEqualTo(damaged.toString());
            assertThat(preview.getString("notReplayed[0].reason")).isEqualTo("answers: cannot be read from the stored report");
            assertThat(preview.getInt("replayed")).isEqualTo(STORED.size());
            assertThat(preview.getInt("unchanged")).isEqualTo(STORED.size());
            given().noContentType().when().post("/api/assessments/" + damaged + "/re-evaluate")
                    .then().statusCode(422)
                    .contentType("application/problem+json")
                    .body("errors.field", contains("answers"));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> entityManager.createQuery("delete from Assessment where id = :id")
                    .setParameter("id", damaged).executeUpdate());
        }
    }

    @Test
    void brokenCandidateIsRefusedWithFileAndLineAndTheActiveVersionStays() throws IOException {
        String active = version();
        Files.writeString(EXTRA_RULE, """
                package rules;

                rule "Unfinished"
                when
                    eval(
                then
                end
                """);

        given().noContentType().when().post("/api/knowledge-base/preview")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("status", equalTo(422))
                .body("problems", contains(EXTRA_RULE + ":5: `eval(` is never closed: a `)` is missing before line 6"));
        assertThat(OpenRuleBases.count()).as("rule bases left open after the refused preview").isEqualTo(1);

        given().when().get("/api/knowledge-base/status")
                .then().statusCode(200)
                .body("version", equalTo(active))
                .body("lastOutcome", anyOf(equalTo("ACTIVATED"), equalTo("UNCHANGED")))
                .body("problems", empty());
    }

    @Test
    void reEvaluationAfterAReloadShowsGainedAndLostFindingsAndKeepsTheStoredAssessment() throws IOException {
        String id = post(Merchants.request("en", Merchants.healthyExcept("tracked-figures", List.of("none"))));
        String before = version();
        byte[] stored = storedBytes(id);
        assertThat(report(id).getList("findings.pitfall")).containsExactly("gmv-only-data");
        edit(RULES_WITH_FIGURES, Pattern.compile("rule \"" + DROPPED_RULE + "\".*?\nend\n", Pattern.DOTALL), "");
        Files.writeString(EXTRA_RULE, productsRule());
        given().noContentType().when().post("/api/knowledge-base/reload").then().statusCode(200).body("lastOutcome", equalTo("ACTIVATED"));

        given().noContentType().when().post("/api/assessments/" + id + "/re-evaluate")
                .then().statusCode(200)
                .body("assessment", equalTo(id))
                .body("storedVersion", equalTo(before))
                .body("activeVersion", equalTo(version()))
                .body("unchanged", equalTo(false))
                .body("gained.pitfall", contains("missing-content-talent"))
                .body("gained[0].rule", equalTo("Products are named"))
                .body("gained[0].evidence.question", contains("products"))
                .body("lost.pitfall", contains("gmv-only-data"))
                .body("lost[0].rule", equalTo(DROPPED_RULE))
                .body("changed", empty())
                .body("findings.pitfall", contains("missing-content-talent"));

        assertThat(version()).isNotEqualTo(before);
        assertThat(storedBytes(id)).as("the stored report after re-evaluating it").isEqualTo(stored);
    }

    @Test
    void reEvaluationShowsAPitfallFoundAgainWithAnotherSeverity() throws IOException {
        String id = post(Merchants.request("en", Merchants.healthyExcept("content-lead", false)));
        assertThat(report(id).getList("findings.pitfall")).contains("missing-content-talent");
        edit(TEAM_PITFALLS, Pattern.compile("(- id: missing-content-talent\n(?:.*\n)*?    severity: )high"), "$1low");
        given().noContentType().when().post("/api/knowledge-base/reload").then().statusCode(200).body("lastOutcome", equalTo("ACTIVATED"));

        given().noContentType().when().post("/api/assessments/" + id + "/re-evaluate")
                .then().statusCode(200)
                .body("gained", empty())
                .body("lost", empty())
                .body("changed.pitfall", contains("missing-content-talent"))
                .body("changed[0].changes", contains("severity"))
                .body("changed[0].severityBefore", equalTo("high"))
                .body("changed[0].severityAfter", equalTo("low"))
                .body("changed[0].evidenceAfter.question", contains("content-lead"));
    }

    @Test
    void reEvaluationOnTheVersionItWasMadeWithChangesNothing() {
        for (String id : List.of(STORED.get(0), beforeReports)) {
            byte[] stored = storedBytes(id);
            given().noContentType().when().post("/api/assessments/" + id + "/re-evaluate")
                    .then().statusCode(200)
                    .body("unchanged", equalTo(true))
                    .body("gained", empty())
                    .body("lost", empty())
                    .body("changed", empty())
                    .body("findings.pitfall", equalTo(report(id).getList("findings.pitfall")));
            assertThat(storedBytes(id)).isEqualTo(stored);
        }
    }

    @Test
    void reEvaluationOfAnswersTheActiveQuestionnaireNoLongerTakesNamesTheAnswer() throws IOException {
        String id = post(Merchants.request("en", Merchants.healthy()));
        byte[] stored = storedBytes(id);
        dropTheProductsQuestion();
        given().noContentType().when().post("/api/knowledge-base/reload").then().statusCode(200).body("lastOutcome", equalTo("ACTIVATED"));

        given().noContentType().when().post("/api/assessments/" + id + "/re-evaluate")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("detail", startsWith("The stored answers no longer fit the questionnaire of the active version"))
                .body("errors.field", contains("answers.products"))
                .body("errors[0].message", equalTo("unknown question id 'products'"));
        assertThat(storedBytes(id)).isEqualTo(stored);
    }

    @Test
    void reEvaluationOfAnUnknownAssessmentIsNotFound() {
        for (String id : List.of(UUID.randomUUID().toString(), "not-an-id")) {
            given().noContentType().when().post("/api/assessments/" + id + "/re-evaluate")
                    .then().statusCode(404)
                    .contentType("application/problem+json")
                    .body("detail", equalTo("no assessment with id '" + id + "'"));
        }
    }

    private static JsonPath preview(int status) {
        JsonPath preview = given().noContentType().when().post("/api/knowledge-base/preview")
                .then().statusCode(status).contentType(ContentType.JSON).extract().jsonPath();
        assertThat(OpenRuleBases.count()).as("rule bases left open after the preview: the active one only").isEqualTo(1);
        return preview;
    }

    private static String post(Map<String, Object> request) {
        String id = given().contentType(ContentType.JSON).body(request)
                .when().post("/api/assessments")
                .then().statusCode(201).extract().path("id");
        STORED.add(id);
        return id;
    }

    private static JsonPath report(String id) {
        return new JsonPath(new String(storedBytes(id), StandardCharsets.UTF_8));
    }

    private static byte[] storedBytes(String id) {
        return given().when().get("/api/assessments/" + id).then().statusCode(200).extract().asByteArray();
    }

    private static String version() {
        return given().when().get("/api/knowledge-base/status").then().statusCode(200).extract().path("version");
    }

    /**
     * Stores an assessment of these answers as the service stored them before reports were kept whole: the
     * answers and each finding's texts in columns, no report.
     */
    private String storeAsBeforeReports(Map<String, Object> answers) throws IOException {
        AssessmentView made = json.readValue(storedBytes(post(Merchants.request("en", answers))), AssessmentView.class);
        Assessment old = new Assessment();
        old.id = UUID.randomUUID();
        old.participant = "shop-before-reports";
        old.language = made.language();
        old.createdAt = made.createdAt();
        old.knowledgeBaseVersion = made.knowledgeBaseVersion();
        old.answers = made.answers();
        old.unanswered = made.unanswered();
        for (FindingView finding : made.findings()) {
            Finding row = new Finding();
            row.id = UUID.randomUUID();
            row.assessment = old;
            row.position = old.findings.size();
            row.rule = finding.rule();
            row.pitfall = finding.pitfall();
            row.severity = finding.severity();
            row.title = finding.title();
            row.explanation = finding.explanation();
            row.recommendation = finding.recommendation();
            row.evidence = finding.evidence();
            row.conclusions = finding.conclusions();
            row.thresholds = finding.thresholds();
            row.sources = finding.sources().stream().map(source -> new Source(source.document(), source.section(), null, null)).toList();
            old.findings.add(row);
        }
        assertThat(old.findings).isNotEmpty();
        QuarkusTransaction.requiringNew().run(() -> old.persist());
        STORED.add(old.id.toString());
        assertThat(report(old.id.toString()).getString("participant")).isEqualTo("shop-before-reports");
        return old.id.toString();
    }

    private void dropTheProductsQuestion() throws IOException {
        // products is asked for context only: no rule reads it, so the questionnaire without it checks out
        edit(QUESTIONNAIRE, Pattern.compile("      - id: products\n.*?(?=      - id: )", Pattern.DOTALL), "");
    }

    private void edit(Path file, Pattern pattern, String replacement) throws IOException {
        String original = Files.readString(file);
        originals.putIfAbsent(file, original);
        String edited = pattern.matcher(original).replaceFirst(replacement);
        assertThat(edited).as("the edit of " + file).isNotEqualTo(original);
        Files.writeString(file, edited);
    }

    private static String productsRule() {
        return """
                package rules;

                import app.commerceadvisor.engine.Answer;

                rule "Products are named"
                    @title(en = "A rule added by a test", zh = "测试添加的规则")
                    @pitfall("missing-content-talent")
                when
                    Answer(question == "products", text != null)
                then
                end
                """;
    }

    private static Path copyOfTheContent() {
        try {
            Path copy = Files.createTempDirectory("advisor-replay");
            ContentFolders.copy(Path.of("rules"), copy.resolve("rules"));
            ContentFolders.copy(Path.of("knowledge-base"), copy.resolve("knowledge-base"));
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
