package app.commerceadvisor.knowledge;

import app.commerceadvisor.engine.DroolsRuleBaseCompiler;
import app.commerceadvisor.knowledge.scenario.ScenarioReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The real content of the repository, loaded the way the service loads it at start-up but outside CDI.
 * Lives in the service's package because {@link KnowledgeBaseLoader}'s constructor is package-private.
 */
public final class BenchmarkContent {

    private BenchmarkContent() {
    }

    /** The repository root: system property {@code advisor.repo}, else the working directory. */
    public static Path repository() {
        Path repo = Path.of(System.getProperty("advisor.repo", ".")).toAbsolutePath().normalize();
        if (!Files.isDirectory(repo.resolve("rules")) || !Files.isDirectory(repo.resolve("knowledge-base"))) {
            throw new IllegalStateException(repo + " has no rules/ and knowledge-base/; "
                    + "run from the repository root or pass -Dadvisor.repo=<root>");
        }
        return repo;
    }

    public static KnowledgeBase load(Path repo) {
        return new KnowledgeBaseLoader(new DroolsRuleBaseCompiler())
                .load(repo.resolve("rules"), repo.resolve("knowledge-base"));
    }

    public static List<ScenarioReader.ScenarioFile> scenarios(Path repo, KnowledgeBase knowledgeBase) {
        List<ScenarioReader.ScenarioFile> scenarios =
                ScenarioReader.read(repo.resolve("knowledge-base/scenarios"), knowledgeBase.pitfalls());
        if (scenarios.isEmpty()) {
            throw new IllegalStateException("no scenarios in " + repo.resolve("knowledge-base/scenarios"));
        }
        return scenarios;
    }
}
