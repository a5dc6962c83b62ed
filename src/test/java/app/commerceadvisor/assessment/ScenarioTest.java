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
import app.commerceadvisor.pitfall.RecommendationConflict;
import app.commerceadvisor.pitfall.Severity;
import app.commerceadvisor.pitfall.Urgency;
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
        List<String> incoherent = incoherence(assessment.getList("findings"), scenario.language());
        if (!missing.isEmpty() || !unexpected.isEmpty() || !tooSevere.isEmpty() || !repeated.isEmpty()
                || !incoherent.isEmpty()) {
            fail("Scenario '" + scenario.name() + "' (" + file.file() + ")"
                    + (incoherent.isEmpty() ? "" : "\n  incoherent report: " + incoherent)
                    + (unexpected.isEmpty() ? "" : "\n  unexpected findings: " + unexpected)
                    + (missing.isEmpty() ? "" : "\n  missing findings: " + missing)
                    + (tooSevere.isEmpty() ? "" : "\n  findings above " + highest.id() + ": " + tooSevere)
                    + (repeated.isEmpty() ? "" : "\n  pitfalls reported more than once: " + repeated)
                    + "\n  all findings: " + assessment.getList("findings.collect { it.pitfall + ' <- ' + it.rule }"));
        }
    }

    /**
     * What makes a report incoherent, read against the catalogue: a finding not listed right after the
     * root cause found with it, groups out of the order of urgency and then severity, or two recommendations
     * left standing that the catalogue says conflict.
     */
    private List<String> incoherence(List<Map<String, Object>> findings, String language) {
        List<String> problems = new ArrayList<>();
        List<String> order = findings.stream().map(finding -> (String) finding.get("pitfall")).toList();
        Set<String> found = new LinkedHashSet<>(order);
        int[] previous = {-1, -1};
        for (int i = 0; i < findings.size(); i++) {
            Map<String, Object> finding = findings.get(i);
            String pitfall = order.get(i);
            String cause = knowledgeBase().pitfalls().find(pitfall).orElseThrow().rootCause();
            String listedUnder = (String) finding.get("rootCause");
            if (cause != null && found.contains(cause)) {
                int at = order.indexOf(cause);
                boolean together = at < i && order.subList(at + 1, i).stream()
                        .allMatch(between -> cause.equals(findings.get(order.indexOf(between)).get("rootCause")));
                if (!cause.equals(listedUnder) || !together) {
                    problems.add(pitfall + " is not listed right after its root cause " + cause);
                }
            } else if (listedUnder != null) {
                problems.add(pitfall + " names root cause " + listedUnder + ", which was not found");
            }
            if (listedUnder == null) {
                int[] key = groupKey(findings, order, pitfall);
                if (key[0] < previous[0] || (key[0] == previous[0] && key[1] < previous[1])) {
                    problems.add(pitfall + " (" + finding.get("urgency") + ", " + finding.get("severity")
                            + ") is listed after less pressing findings");
                }
                previous = key;
            }
        }
        for (RecommendationConflict conflict : knowledgeBase().pitfalls().conflicts()) {
            if (!conflict.arisesAmong(found)
                    || !knowledgeBase().pitfalls().yieldingConflict(conflict.yields(), found).orElseThrow().equals(conflict)) {
                continue;
            }
            Map<String, Object> yielding = findings.get(order.indexOf(conflict.yields()));
            if (!conflict.prevails().equals(yielding.get("recommendationYieldsTo"))
                    || !conflict.recommendation().in(language).equals(yielding.get("recommendation"))) {
                problems.add("conflict " + conflict.id() + " left both recommendations standing");
            }
        }
        return problems;
    }

    /** Urgency, then severity, of the most pressing finding of the group {@code head} leads. */
    private static int[] groupKey(List<Map<String, Object>> findings, List<String> order, String head) {
        return findings.stream()
                .filter(finding -> head.equals(finding.get("pitfall")) || head.equals(finding.get("rootCause")))
                .map(finding -> new int[] {
                        Urgency.of((String) finding.get("urgency")).ordinal(),
                        Severity.valueOf(((String) finding.get("severity")).toUpperCase()).ordinal()})
                .min((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]))
                .orElseThrow();
    }

    private List<ScenarioFile> scenarios() {
        return ScenarioReader.read(SCENARIOS, knowledgeBase().pitfalls());
    }

    private KnowledgeBase knowledgeBase() {
        return active.require();
    }
}
