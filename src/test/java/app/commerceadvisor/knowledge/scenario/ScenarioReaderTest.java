package app.commerceadvisor.knowledge.scenario;

import app.commerceadvisor.knowledge.ContentProblem;
import app.commerceadvisor.knowledge.KnowledgeBaseException;
import app.commerceadvisor.pitfall.Pitfall;
import app.commerceadvisor.pitfall.PitfallCatalogue;
import app.commerceadvisor.pitfall.Severity;
import app.commerceadvisor.pitfall.Urgency;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.commerceadvisor.knowledge.scenario.ScenarioReader.ScenarioFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioReaderTest {

    private final PitfallCatalogue catalogue = new PitfallCatalogue(List.of(
            new Pitfall("missing-content-talent", "team", Severity.HIGH, Urgency.OVER_TIME, null, null, null, null, List.of(), null)));

    @TempDir
    Path scenarios;

    @Test
    void scenarioIsReadWithItsAnswersAndExpectations() throws IOException {
        Files.writeString(scenarios.resolve("a.yaml"), """
                name: No content lead
                answers:
                  content-lead: false
                expect:
                  fire: [missing-content-talent]
                  highestSeverity: high
                """);

        List<ScenarioFile> read = ScenarioReader.read(scenarios, catalogue);

        assertThat(read).singleElement().satisfies(file -> {
            assertThat(file.scenario().name()).isEqualTo("No content lead");
            assertThat(file.scenario().language()).isEqualTo("en");
            assertThat(file.scenario().answers().get("content-lead").booleanValue()).isFalse();
            assertThat(file.scenario().expect().fire()).containsExactly("missing-content-talent");
            assertThat(file.scenario().expect().highestSeverity()).isEqualTo(Severity.HIGH);
        });
    }

    @Test
    void unknownPitfallInAScenarioIsReportedAtItsLine() throws IOException {
        Files.writeString(scenarios.resolve("typo.yaml"), """
                name: Typo
                answers: {}
                expect:
                  fire: []
                  notFire:
                    - missing-content-talnt
                """);

        assertThatThrownBy(() -> ScenarioReader.read(scenarios, catalogue))
                .isInstanceOfSatisfying(KnowledgeBaseException.class, e ->
                        assertThat(e.problems()).containsExactly(new ContentProblem(
                                scenarios.resolve("typo.yaml").toString(), 6,
                                "pitfall 'missing-content-talnt' is not in the catalogue")));
    }

    @Test
    void twoScenariosWithOneNameAreRefused() throws IOException {
        Files.writeString(scenarios.resolve("a.yaml"), "name: Same\n");
        Files.writeString(scenarios.resolve("b.yaml"), "name: Same\n");

        assertThatThrownBy(() -> ScenarioReader.read(scenarios, catalogue))
                .isInstanceOfSatisfying(KnowledgeBaseException.class, e ->
                        assertThat(e.problems()).extracting(ContentProblem::message)
                                .containsExactly("another scenario is named 'Same'"));
    }
}
