package app.commerceadvisor.knowledge.version;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import app.commerceadvisor.knowledge.ContentFolders;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every version that becomes active is kept once, listed by {@code GET /api/knowledge-base/versions}, and is
 * the version assessments name. The service works on a copy of the real rules/ and knowledge-base/, which
 * the tests edit; the database (in memory) may hold versions of other tests as well.
 */
@QuarkusTest
@TestProfile(KnowledgeBaseVersionsTest.CopiedContent.class)
class KnowledgeBaseVersionsTest {

    private static final Path COPY = copyOfTheContent();
    private static final Path EXTRA_RULE = COPY.resolve("rules/extra.drl");

    /** The service on a copy of the content, reloading on demand only. */
    public static class CopiedContent implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("advisor.content.rules", COPY.resolve("rules").toString(),
                    "advisor.content.knowledge-base", COPY.resolve("knowledge-base").toString());
        }
    }

    @Inject
    DataSource dataSource;

    @AfterEach
    void removeTheEdits() throws IOException {
        if (Files.deleteIfExists(EXTRA_RULE)) {
            given().noContentType().when().post("/api/knowledge-base/reload").then().statusCode(200);
        }
    }

    @Test
    void activeVersionIsListedWithItsCountsAndWithoutItsFiles() {
        Map<String, Object> status = given().when().get("/api/knowledge-base/status").then().statusCode(200)
                .extract().jsonPath().getMap("");

        List<Map<String, Object>> versions = versions();

        assertThat(versions).filteredOn(version -> Boolean.TRUE.equals(version.get("active"))).singleElement()
                .satisfies(active -> {
                    assertThat(active).containsOnlyKeys("version", "firstActivatedAt", "lastActivatedAt", "rules",
                            "questions", "pitfalls", "active");
                    assertThat(active.get("version")).isEqualTo(status.get("version"));
                    assertThat(active.get("rules")).isEqualTo(status.get("rules"));
                    assertThat(active.get("questions")).isEqualTo(status.get("questions"));
                    assertThat(active.get("pitfalls")).isEqualTo(status.get("pitfalls"));
                });
    }

    @Test
    void versionActivatedAgainIsKeptOnceAndListedFirst() throws Exception {
        String original = activeVersion();
        int filesOfTheOriginal = filesOf(original);
        int contentsBefore = count("select count(*) from knowledge_base_file_content");

        Files.writeString(EXTRA_RULE, """
                package rules;

                import app.commerceadvisor.engine.Answer;

                rule "A version kept once: products are named"
                    @title(en = "A rule added by a test", zh = "测试添加的规则")
                    @pitfall("missing-content-talent")
                when
                    Answer(question == "products", text != null)
                then
                end
                """);
        given().noContentType().when().post("/api/knowledge-base/reload").then().statusCode(200).body("lastOutcome", equalTo("ACTIVATED"));
        String edited = activeVersion();
        Files.delete(EXTRA_RULE);
        given().noContentType().when().post("/api/knowledge-base/reload").then().statusCode(200).body("lastOutcome", equalTo("ACTIVATED"));

        List<Map<String, Object>> versions = versions();
        assertThat(versions.get(0)).containsEntry("version", original).containsEntry("active", true);
        assertThat(versions.get(1)).containsEntry("version", edited).containsEntry("active", false);
        assertThat(versions).extracting(version -> version.get("version")).doesNotHaveDuplicates();
        assertThat(count("select count(*) from knowledge_base_version where hash = '" + original + "'")).isEqualTo(1);
        assertThat(filesOf(original)).isEqualTo(filesOf(edited) - 1).isEqualTo(filesOfTheOriginal)
                .isEqualTo(filesUnder(COPY));
        assertThat(count("select count(*) from knowledge_base_file_content"))
                .as("file contents kept: the edited version added one file, its other files were kept already")
                .isEqualTo(contentsBefore + 1);
        assertThat(instant(versions.get(0).get("lastActivatedAt"))).isAfter(instant(versions.get(0).get("firstActivatedAt")));
    }

    @Test
    void assessmentNamesTheActiveVersionListed() {
        String active = activeVersion();

        given().contentType(ContentType.JSON)
                .body(Map.of("participant", "shop-1", "language", "en", "answers", Map.of("content-lead", false)))
                .when().post("/api/assessments")
                .then().statusCode(201)
                .body("knowledgeBaseVersion", equalTo(active));
    }

    private static List<Map<String, Object>> versions() {
        return given().when().get("/api/knowledge-base/versions").then().statusCode(200)
                .contentType(ContentType.JSON).extract().jsonPath().getList("");
    }

    /** The active version as the versions endpoint marks it. */
    private static String activeVersion() {
        List<Map<String, Object>> active = versions().stream()
                .filter(version -> Boolean.TRUE.equals(version.get("active"))).toList();
        assertThat(active).hasSize(1);
        String version = (String) active.get(0).get("version");
        assertThat(version).isEqualTo(given().when().get("/api/knowledge-base/status").then().extract().path("version"));
        return version;
    }

    private int filesOf(String version) throws SQLException {
        return count("select count(*) from knowledge_base_file where hash = '" + version + "'");
    }

    private int count(String query) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(query);
             ResultSet row = select.executeQuery()) {
            row.next();
            return row.getInt(1);
        }
    }

    private static Instant instant(Object text) {
        return Instant.parse((String) text);
    }

    private static int filesUnder(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return (int) files.filter(Files::isRegularFile).count();
        }
    }

    private static Path copyOfTheContent() {
        try {
            Path copy = Files.createTempDirectory("advisor-versions");
            ContentFolders.copy(Path.of("rules"), copy.resolve("rules"));
            ContentFolders.copy(Path.of("knowledge-base"), copy.resolve("knowledge-base"));
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
