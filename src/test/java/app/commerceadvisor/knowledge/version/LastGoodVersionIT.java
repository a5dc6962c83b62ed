package app.commerceadvisor.knowledge.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import app.commerceadvisor.knowledge.ContentFolders;
import app.commerceadvisor.packaged.PackagedService;
import app.commerceadvisor.packaged.PackagedService.Started;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A content mistake never takes the service down once a good version was kept: the packaged service
 * ({@code target/quarkus-app/quarkus-run.jar}, system property {@code advisor.jar}, set by failsafe) is
 * started as a process on a copy of the real rules/ and knowledge-base/ under
 * {@code target/last-good-version/<time>/}, with its H2 file in {@code work/data/} there as in production.
 * It keeps two good versions, is stopped, the copy is broken, and it is started again: it must be ready,
 * answer with the newest good version, and say what is wrong in status and health. The newest kept version
 * is then made unloadable in the database (as a change of the service could make it) and the service
 * started again: it must answer with the version before. Fixing the copy ends the fallback through the
 * watcher's hot reload. Each service's output goes to {@code service-N.log} beside {@code work/}.
 */
class LastGoodVersionIT {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EXTRA_RULE = """
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
    private static final String UNFINISHED_RULE = """
            package rules;

            rule "Unfinished"
            when
                eval(
            then
            end
            """;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private Path runFolder;
    private Path workingFolder;
    private Path rules;
    private Path knowledgeBase;
    private Process service;
    private Path serviceLog;
    private URI baseUri;
    private int starts;

    @AfterEach
    void stopTheService() throws InterruptedException {
        if (service != null) {
            service.destroyForcibly();
            service.waitFor(20, TimeUnit.SECONDS);
        }
    }

    @Test
    void brokenContentAtStartIsServedFromTheLastGoodVersionUntilItIsFixed() throws Exception {
        runFolder = Files.createDirectories(Path.of("target", "last-good-version")).toAbsolutePath()
                .resolve(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").format(LocalDateTime.now()));
        workingFolder = Files.createDirectories(runFolder.resolve("work"));
        rules = ContentFolders.copy(Path.of("rules"), runFolder.resolve("content/rules"));
        knowledgeBase = ContentFolders.copy(Path.of("knowledge-base"), runFolder.resolve("content/knowledge-base"));

        // two good versions: the real content, then the real content with one more rule
        start();
        String first = get("/api/knowledge-base/status").get("version").asText();
        Files.writeString(rules.resolve("extra.drl"), EXTRA_RULE);
        String second = awaitStatus(status -> !status.get("version").asText().equals(first)).get("version").asText();
        assertThat(versionsListed()).containsExactly(second, first);
        stop();

        // a mistake in the copy, then a start
        Path broken = rules.resolve("broken.drl");
        Files.writeString(broken, UNFINISHED_RULE);
        start();
        String problem = broken + ":5: `eval(` is never closed: a `)` is missing before line 6";
        JsonNode status = get("/api/knowledge-base/status");
        assertThat(status.get("version").asText()).isEqualTo(second);
        assertThat(status.get("servingLastGoodVersion").asBoolean()).isTrue();
        assertThat(status.get("lastOutcome").asText()).isEqualTo("REFUSED");
        assertThat(texts(status.get("problems"))).containsExactly(problem);
        JsonNode health = knowledgeBaseHealth();
        assertThat(health.get("status").asText()).isEqualTo("UP");
        assertThat(health.at("/data/servingLastGoodVersion").asBoolean()).isTrue();
        assertThat(health.at("/data/problem 1").asText()).isEqualTo(problem);
        assertThat(health.at("/data/version").asText()).isEqualTo(second);
        JsonNode assessment = post("/api/assessments",
                "{\"participant\":\"shop-1\",\"language\":\"en\",\"answers\":{\"products\":\"Tea\"}}");
        assertThat(assessment.get("knowledgeBaseVersion").asText()).isEqualTo(second);
        assertThat(assessment.get("findings").findValuesAsText("rule")).contains("Products are named");
        assertThat(versionsListed()).containsExactly(second, first);
        assertThat(workingFolder.resolve("data/restore/" + second.substring("sha256:".length()) + "/rules/extra.drl"))
                .hasContent(EXTRA_RULE);
        stop();

        // the newest kept version no longer loads: the one before is served
        makeUnloadable(second);
        start();
        status = get("/api/knowledge-base/status");
        assertThat(status.get("version").asText()).isEqualTo(first);
        assertThat(status.get("servingLastGoodVersion").asBoolean()).isTrue();
        assertThat(texts(status.get("problems"))).containsExactly(problem);

        // the trainer fixes the copy: the watcher reloads it, and the fallback ends
        Files.delete(broken);
        status = awaitStatus(now -> !now.get("servingLastGoodVersion").asBoolean());
        assertThat(status.get("version").asText()).isEqualTo(second);
        assertThat(status.get("lastOutcome").asText()).isEqualTo("ACTIVATED");
        assertThat(status.get("problems")).isEmpty();
        assertThat(knowledgeBaseHealth().at("/data/servingLastGoodVersion").asBoolean()).isFalse();
        assertThat(versionsListed()).containsExactly(second, first);
    }

    /** Points the kept version's extra rule at a rule that does not compile, as a stricter service would refuse it. */
    private void makeUnloadable(String version) throws Exception {
        byte[] unfinished = UNFINISHED_RULE.getBytes(StandardCharsets.UTF_8);
        String sha256 = HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(unfinished));
        try (Connection db = DriverManager.getConnection(
                "jdbc:h2:file:" + workingFolder.resolve("data/advisor") + ";WRITE_DELAY=0", "advisor", "advisor")) {
            try (PreparedStatement content = db.prepareStatement(
                    "merge into knowledge_base_file_content (sha256, content) key (sha256) values (?, ?)")) {
                content.setString(1, sha256);
                content.setBytes(2, unfinished);
                content.executeUpdate();
            }
            try (PreparedStatement file = db.prepareStatement(
                    "update knowledge_base_file set sha256 = ? where hash = ? and path = 'rules/extra.drl'")) {
                file.setString(1, sha256);
                file.setString(2, version);
                assertThat(file.executeUpdate()).as("rows of rules/extra.drl in version %s", version).isEqualTo(1);
            }
        }
    }

    private List<String> versionsListed() throws Exception {
        JsonNode versions = get("/api/knowledge-base/versions");
        List<String> active = StreamSupport.stream(versions.spliterator(), false)
                .filter(version -> version.get("active").asBoolean()).map(version -> version.get("version").asText())
                .toList();
        assertThat(active).containsExactly(get("/api/knowledge-base/status").get("version").asText());
        return StreamSupport.stream(versions.spliterator(), false).map(version -> version.get("version").asText()).toList();
    }

    private JsonNode knowledgeBaseHealth() throws Exception {
        HttpResponse<String> ready = http.send(HttpRequest.newBuilder(baseUri.resolve("/q/health/ready")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ready.statusCode()).as("/q/health/ready: %s", ready.body()).isEqualTo(200);
        for (JsonNode check : JSON.readTree(ready.body()).get("checks")) {
            if (check.get("name").asText().equals("knowledge-base")) {
                return check;
            }
        }
        return fail("no knowledge-base check in " + ready.body());
    }

    private JsonNode awaitStatus(java.util.function.Predicate<JsonNode> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        JsonNode status = get("/api/knowledge-base/status");
        while (!condition.test(status) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            status = get("/api/knowledge-base/status");
        }
        assertThat(condition.test(status)).as("status within 30 s: %s", status).isTrue();
        return status;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.isTextual() ? item.asText() : item.toString()));
        return texts;
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(baseUri.resolve(path))
                        .header("Authorization", PackagedService.basicAuthorization()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private JsonNode post(String path, String body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(baseUri.resolve(path))
                .header("Authorization", PackagedService.basicAuthorization())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("POST %s: %s", path, response.body()).isEqualTo(201);
        return JSON.readTree(response.body());
    }

    /** Starts the packaged service in the working folder, on the copy, on a free port, and waits until it is ready. */
    private void start() throws IOException, InterruptedException {
        Started started = PackagedService.start(workingFolder, runFolder.resolve("service-" + ++starts + ".log"),
                READY_TIMEOUT, http, "-Dadvisor.content.rules=" + rules, "-Dadvisor.content.knowledge-base=" + knowledgeBase,
                "-Dadvisor.reload.debounce=100ms");
        service = started.process();
        baseUri = started.baseUri();
        serviceLog = started.log();
    }

    /** Stops the service as an operator would (SIGTERM) and waits until it has exited. */
    private void stop() throws InterruptedException {
        service.destroy();
        if (!service.waitFor(30, TimeUnit.SECONDS)) {
            fail("The service did not stop within 30 s of SIGTERM; log: " + serviceLog);
        }
    }


}
