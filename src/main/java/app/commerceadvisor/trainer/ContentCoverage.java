package app.commerceadvisor.trainer;

import app.commerceadvisor.assessment.AssessmentView.FindingView;
import app.commerceadvisor.assessment.Assessor.Assessed;
import app.commerceadvisor.engine.RuleOutline;
import app.commerceadvisor.knowledge.ContentProblem;
import app.commerceadvisor.knowledge.KnowledgeBase;
import app.commerceadvisor.knowledge.KnowledgeBaseException;
import app.commerceadvisor.knowledge.scenario.ScenarioReader;
import app.commerceadvisor.knowledge.scenario.ScenarioReader.ScenarioFile;
import app.commerceadvisor.pitfall.Pitfall;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The check command's scenarios and coverage, per pitfall, for a knowledge base that is loaded already (the
 * active one, for the trainer's page): which rules name each pitfall and in how many scenarios each fired, which
 * scenarios expect it, rule it out or find it, and the coverage gaps that concern it, in the words of
 * {@code ./advisor check}. The pitfalls with gaps come first.
 *
 * @param version          the version the scenarios ran on
 * @param scenarios        the scenarios read from {@code knowledge-base/scenarios/}
 * @param pitfalls         per pitfall, the ones with gaps first
 * @param otherGaps        coverage gaps that concern no single pitfall (questions no rule reads)
 * @param failingScenarios scenarios whose findings differ from what they expect, as {@code file:line: message}
 * @param problems         scenario files that do not read or whose answers do not fit, as {@code file:line: message}
 * @param millis           how long reading and running the scenarios took
 */
public record ContentCoverage(String version, int scenarios, List<PitfallCoverage> pitfalls, List<String> otherGaps,
        List<String> failingScenarios, List<String> problems, long millis) {

    /**
     * One pitfall's coverage.
     *
     * @param expectedBy the scenarios that list it under {@code expect: fire}
     * @param ruledOutBy the scenarios that list it under {@code expect: notFire}
     * @param foundIn    the scenarios in which it was found
     * @param gaps       what the check command reports about it, as {@code file:line: message}
     */
    public record PitfallCoverage(String pitfall, List<RuleUse> rules, List<String> expectedBy,
            List<String> ruledOutBy, List<String> foundIn, List<String> gaps) {
    }

    /** A rule that names the pitfall, where it is, and in how many scenarios it fired. */
    public record RuleUse(String name, String where, int firedInScenarios) {
    }

    public int gapCount() {
        return otherGaps.size() + pitfalls.stream().mapToInt(pitfall -> pitfall.gaps().size()).sum();
    }

    /**
     * Runs every scenario under {@code knowledgeBaseFolder/scenarios} on {@code knowledgeBase}, as the check command
     * does, and gathers the coverage per pitfall. The caller holds the knowledge base's rules for the time it runs.
     */
    public static ContentCoverage of(KnowledgeBase knowledgeBase, Path knowledgeBaseFolder) {
        long start = System.nanoTime();
        CheckReport report = new CheckReport();
        List<ScenarioFile> scenarios;
        try {
            scenarios = ScenarioReader.read(knowledgeBaseFolder.resolve("scenarios"), knowledgeBase.pitfalls());
        } catch (KnowledgeBaseException e) {
            report.problems.addAll(e.problems());
            scenarios = List.of();
        }
        ScenarioCheck scenarioCheck = new ScenarioCheck(knowledgeBase, report);
        scenarioCheck.run(scenarios);
        new CoverageCheck(knowledgeBase, knowledgeBaseFolder, report).check(scenarios, scenarioCheck.firedRules(),
                scenarioCheck.assessed().values());
        Map<ScenarioFile, Assessed> assessed = scenarioCheck.assessed();
        List<PitfallCoverage> pitfalls = knowledgeBase.pitfalls().all().stream()
                .map(pitfall -> coverage(pitfall, knowledgeBase, scenarios(assessed, pitfall), assessed, report))
                .sorted(Comparator.comparing((PitfallCoverage coverage) -> coverage.gaps().isEmpty())
                        .thenComparing(Comparator.comparingInt((PitfallCoverage coverage) -> coverage.gaps().size())
                                .reversed()))
                .toList();
        List<String> otherGaps = report.coverage.stream()
                .filter(gap -> report.gapsByPitfall.values().stream().noneMatch(list -> list.contains(gap)))
                .map(ContentProblem::toString).toList();
        return new ContentCoverage(knowledgeBase.version(), scenarios.size(), pitfalls, otherGaps,
                report.failedScenarios.stream().map(failure -> failure.where().toString()).toList(),
                report.problems.stream().map(ContentProblem::toString).toList(),
                (System.nanoTime() - start) / 1_000_000);
    }

    private static List<String> scenarios(Map<ScenarioFile, Assessed> assessed, Pitfall pitfall) {
        return assessed.entrySet().stream()
                .filter(entry -> entry.getValue().view().findings().stream().map(FindingView::pitfall)
                        .anyMatch(pitfall.id()::equals))
                .map(entry -> entry.getKey().scenario().name()).toList();
    }

    private static PitfallCoverage coverage(Pitfall pitfall, KnowledgeBase knowledgeBase, List<String> foundIn,
            Map<ScenarioFile, Assessed> assessed, CheckReport report) {
        List<RuleUse> rules = knowledgeBase.rules().outline().stream()
                .filter(rule -> pitfall.id().equals(rule.pitfall()))
                .map(rule -> new RuleUse(rule.name(), rule.file() + ":" + rule.line(), firedIn(rule, assessed)))
                .toList();
        List<ScenarioFile> files = List.copyOf(assessed.keySet());
        return new PitfallCoverage(pitfall.id(), rules,
                files.stream().filter(file -> file.scenario().expect().fire().contains(pitfall.id()))
                        .map(file -> file.scenario().name()).toList(),
                files.stream().filter(file -> file.scenario().expect().notFire().contains(pitfall.id()))
                        .map(file -> file.scenario().name()).toList(),
                foundIn,
                report.gapsByPitfall.getOrDefault(pitfall.id(), List.of()).stream().map(ContentProblem::toString)
                        .toList());
    }

    private static int firedIn(RuleOutline rule, Map<ScenarioFile, Assessed> assessed) {
        return (int) assessed.values().stream()
                .filter(one -> one.evaluation().firedRules().contains(rule.name())).count();
    }
}
