package app.commerceadvisor.trainer;

import app.commerceadvisor.engine.DroolsRuleBaseCompiler;
import app.commerceadvisor.engine.RuleOutline;
import app.commerceadvisor.knowledge.ContentProblem;
import app.commerceadvisor.knowledge.KnowledgeBase;
import app.commerceadvisor.knowledge.KnowledgeBaseException;
import app.commerceadvisor.knowledge.KnowledgeBaseLoader;
import app.commerceadvisor.knowledge.scenario.ScenarioReader;
import app.commerceadvisor.knowledge.scenario.ScenarioReader.ScenarioFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything the check command does, without a database, a port or the service: loads and checks the
 * content exactly as the service would (the same loader and checks), runs every scenario, counts
 * coverage per rule and compares the generated pitfall page with {@code docs/pitfalls.md}; given the source
 * documents, checks that every quote is in them.
 */
final class ContentCheck {

    /** The language of the generated documentation. */
    static final String DOCS_LANGUAGE = "en";

    private final Path rules;
    private final Path knowledgeBase;
    private final Path docs;
    private final Path documents;

    /** @param documents the folder of the source documents, to check quotes against them; null to skip that */
    ContentCheck(Path rules, Path knowledgeBase, Path docs, Path documents) {
        this.rules = rules;
        this.knowledgeBase = knowledgeBase;
        this.docs = docs;
        this.documents = documents;
    }

    CheckReport run() {
        CheckReport report = new CheckReport();
        KnowledgeBase loaded;
        try {
            loaded = new KnowledgeBaseLoader(new DroolsRuleBaseCompiler()).load(rules, knowledgeBase);
        } catch (KnowledgeBaseException e) {
            report.problems.addAll(e.problems());
            report.summary = "The content in " + rules + "/ and " + knowledgeBase + "/ does not load; "
                    + "scenarios and coverage are checked once these problems are fixed.";
            return report;
        }
        try {
            List<ScenarioFile> scenarios = readScenarios(loaded, report);
            report.scenarios = scenarios.size();
            report.version = loaded.version();
            report.summary = summary(loaded, scenarios.size());
            ScenarioCheck scenarioCheck = new ScenarioCheck(loaded, report);
            scenarioCheck.run(scenarios);
            if (report.problems.isEmpty()) {
                new CoverageCheck(loaded, knowledgeBase, report).check(scenarios, scenarioCheck.firedRules(),
                        scenarioCheck.assessed().values());
                new BlankAnswerCheck(loaded, report).run(scenarioCheck.assessed());
            }
            checkDocs(loaded, report);
            if (documents != null) {
                new QuoteCheck(loaded, knowledgeBase, documents).check(report.problems);
            }
        } finally {
            loaded.rules().close();
        }
        return report;
    }

    /** Writes {@code docs/pitfalls.md} from the catalogue; returns the problems that prevented it. */
    List<ContentProblem> writeDocs() {
        KnowledgeBase loaded;
        try {
            loaded = new KnowledgeBaseLoader(new DroolsRuleBaseCompiler()).load(rules, knowledgeBase);
        } catch (KnowledgeBaseException e) {
            return e.problems();
        }
        try {
            Files.createDirectories(docs.toAbsolutePath().getParent());
            Files.writeString(docs, PitfallTable.markdown(loaded, DOCS_LANGUAGE));
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + docs, e);
        } finally {
            loaded.rules().close();
        }
    }

    private List<ScenarioFile> readScenarios(KnowledgeBase loaded, CheckReport report) {
        try {
            return ScenarioReader.read(knowledgeBase.resolve("scenarios"), loaded.pitfalls());
        } catch (KnowledgeBaseException e) {
            report.problems.addAll(e.problems());
            return List.of();
        }
    }

    private void checkDocs(KnowledgeBase loaded, CheckReport report) {
        String expected = PitfallTable.markdown(loaded, DOCS_LANGUAGE);
        try {
            if (!Files.exists(docs) || !Files.readString(docs).equals(expected)) {
                report.problems.add(new ContentProblem(docs.toString(), 0, "the pitfall page is "
                        + (Files.exists(docs) ? "out of date with knowledge-base/pitfalls/" : "missing")
                        + "; run ./advisor docs to write it"));
            }
        } catch (IOException e) {
            report.problems.add(new ContentProblem(docs.toString(), 0, "cannot read: " + e.getMessage()));
        }
    }

    private String summary(KnowledgeBase loaded, int scenarios) {
        long files = loaded.rules().outline().stream().map(RuleOutline::file).distinct().count();
        long diagnosing = loaded.rules().outline().stream().filter(rule -> rule.pitfall() != null).count();
        return "Checked " + rules + "/ (" + files + " files, " + loaded.rules().ruleCount() + " rules, " + diagnosing
                + " of them diagnosing) and " + knowledgeBase + "/ (" + loaded.questionnaire().questions().size()
                + " questions, " + loaded.pitfalls().all().size() + " pitfalls, " + scenarios + " scenarios): version "
                + loaded.version();
    }
}
