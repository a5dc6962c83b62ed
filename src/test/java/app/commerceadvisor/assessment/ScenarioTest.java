package app.commerceadvisor.assessment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import app.commerceadvisor.knowledge.ActiveKnowledgeBase;
import app.commerceadvisor.knowledge.KnowledgeBase;
import app.commerceadvisor.pitfall.Pitfall;
import app.commerceadvisor.knowledge.scenario.Scenario;
import app.commerceadvisor.knowledge.scenario.ScenarioReader;
import app.commerceadvisor.knowledge.scenario.ScenarioReader.ScenarioFile;
import app.commerceadvisor.pitfall.Severity;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every example merchant of {@code knowledge-base/scenarios/} through the real HTTP API. Each
 * scenario is a test of its own, named after the scenario; a failure lists the unexpected and the
 * missing findings.
 */
@QuarkusTest
class ScenarioTest {

    private static final Path SCENARIOS = Path.of("knowledge-base", "scenarios");

    @Inject
    ActiveKnowledgeBase active;

    @TestFactory
    Stream<DynamicTest> everyScenarioGetsTheFindingsItExpects() {
        return scenarios().stream().map(file -> DynamicTest.dynamicTest(
                file.scenario().name() + " (" + file.file().getFileName() + ")", () -> run(file)));
    }

    @Test
    void everyPitfallFiresInOneScenarioAndIsAbsentInAnother() {
        List<ScenarioFile> scenarios = scenarios();
        Set<String> fired = new LinkedHashSet<>();
        Set<String> excluded = new LinkedHashSet<>();
        scenarios.forEach(file -> {
            fired.addAll(file.scenario().expect().fire());
            excluded.addAll(file.scenario().expect().notFire());
        });
        List<String> pitfalls = knowledgeBase().pitfalls().all().stream().map(Pitfall::id).toList();

        assertThat(scenarios).as("scenarios in %s", SCENARIOS).hasSizeGreaterThanOrEqualTo(30);
        assertThat(pitfalls).as("pitfalls no scenario expects to fire").allMatch(fired::contains);
        assertThat(pitfalls).as("pitfalls no scenario expects to stay silent").allMatch(excluded::contains);
    }

    private void run(ScenarioFile file) {
        Scenario scenario = file.scenario();
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("participant", "scenario: " + scenario.name());
        request.put("language", scenario.language());
        request.put("answers", scenario.answers());

        var response = given().contentType(ContentType.JSON).body(request)
                .when().post("/api/assessments")
                .then().extract();
        if (response.statusCode() != 201) {
            fail("Scenario '" + scenario.name() + "' (" + file.file() + ") was refused with " + response.statusCode()
                    + ": " + response.body().asString());
        }
        JsonPath assessment = response.jsonPath();
        List<String> pitfalls = assessment.getList("findings.pitfall", String.class);
        Set<String> found = new LinkedHashSet<>(pitfalls);
        List<String> repeated = found.stream().filter(id -> pitfalls.indexOf(id) != pitfalls.lastIndexOf(id)).toList();
        List<String> missing = scenario.expect().fire().stream().filter(id -> !found.contains(id)).toList();
        List<String> unexpected = scenario.expect().notFire().stream().filter(found::contains).toList();
        List<String> tooSevere = new ArrayList<>();
        Severity highest = scenario.expect().highestSeverity();
        if (highest != null) {
            List<Map<String, Object>> findings = assessment.getList("findings");
            for (Map<String, Object> finding : findings) {
                Severity severity = Severity.valueOf(((String) finding.get("severity")).toUpperCase());
                if (severity.compareTo(highest) < 0) {
                    tooSevere.add(finding.get("pitfall") + " (" + finding.get("severity") + ")");
                }
            }
        }
        if (!missing.isEmpty() || !unexpected.isEmpty() || !tooSevere.isEmpty() || !repeated.isEmpty()) {
            fail("Scenario '" + scenario.name() + "' (" + file.file() + ")"
                    + (unexpected.isEmpty() ? "" : "\n  unexpected findings: " + unexpected)
                    + (missing.isEmpty() ? "" : "\n  missing findings: " + missing)
                    + (tooSevere.isEmpty() ? "" : "\n  findings above " + highest.id() + ": " + tooSevere)
                    + (repeated.isEmpty() ? "" : "\n  pitfalls reported more than once: " + repeated)
                    + "\n  all findings: " + assessment.getList("findings.collect { it.pitfall + ' <- ' + it.rule }"));
        }
    }

    private List<ScenarioFile> scenarios() {
        return ScenarioReader.read(SCENARIOS, knowledgeBase().pitfalls());
    }

    private KnowledgeBase knowledgeBase() {
        return active.require();
    }
}
