package app.commerceadvisor.trainer;

import static org.assertj.core.api.Assertions.assertThat;

import app.commerceadvisor.knowledge.ContentFolders;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check command on copies of the real {@code rules/}, {@code knowledge-base/} and
 * {@code docs/pitfalls.md}, each broken in one way a trainer might: it names the file and the line, in
 * words, and exits 1; on the real content it exits 0. Lines are looked up in the edited copy, so the
 * tests follow the content as trainers change it.
 */
class CheckCommandTest {

    @TempDir
    Path folder;

    private Path rules;
    private Path knowledgeBase;
    private Path docs;

    @BeforeEach
    void copyTheRealContent() throws IOException {
        rules = ContentFolders.copy(Path.of("rules"), folder.resolve("rules"));
        knowledgeBase = ContentFolders.copy(Path.of("knowledge-base"), folder.resolve("knowledge-base"));
        docs = folder.resolve("pitfalls.md");
        Files.copy(Path.of("docs", "pitfalls.md"), docs);
    }

    @Test
    void realContentPassesTheCheck() {
        Result result = check();

        assertThat(result.output).contains("Scenarios: all ").contains("OK: no problems");
        assertThat(result.exit).isZero();
    }

    @Test
    void trueComparedWithAYesNoAnswerIsAnErrorAtItsLine() throws IOException {
        Path file = edit("rules/channels.drl", "Answer(question == \"live-warm-up\", choice == \"no\")",
                "Answer(question == \"live-warm-up\", choice == \"true\")");

        assertProblem(file, "choice == \"true\"",
                "question 'live-warm-up' is a yes-no question: rules see its answers as \"yes\" or \"no\"");
    }

    @Test
    void unknownOptionIsAnErrorAtItsLineListingTheOptions() throws IOException {
        Path file = edit("rules/channels.drl", "Answer(question == \"core-channel\", choice == \"dont-know\")",
                "Answer(question == \"core-channel\", choice == \"dont-knw\")");

        assertProblem(file, "choice == \"dont-knw\"", "question 'core-channel' has no option 'dont-knw'");
        assertThat(check().output).contains("its options are: ").contains("dont-know");
    }

    @Test
    void numberComparedOnAChoiceQuestionIsAnError() throws IOException {
        Path file = edit("rules/channels.drl", "Answer(question == \"core-channel\", choice == \"dont-know\")",
                "Answer(question == \"core-channel\", number > 3)");

        assertProblem(file, "number > 3", "question 'core-channel' is a single-choice question, so its answer is in 'choice'");
    }

    @Test
    void ruleWhoseConditionsCannotAllHoldIsReportedAtTheRule() throws IOException {
        Path file = edit("rules/channels.drl", "    Answer(question == \"live-warm-up\", choice == \"no\")\n",
                "    Answer(question == \"live-warm-up\", choice == \"no\")\n    Answer(question == \"live-warm-up\", choice == \"yes\")\n");

        assertProblem(file, "rule \"Live streams start without warm-up videos\"",
                "rule \"Live streams start without warm-up videos\" can never fire: for question 'live-warm-up' it needs one answer to equal each of \"no\", \"yes\"");
    }

    @Test
    void twoRulesWithTheSameConditionsForOnePitfallAreReported() throws IOException {
        Path file = rules.resolve("channels.drl");
        Files.writeString(file, Files.readString(file) + """

                rule "Live without warm-up, said again"
                    @title(en = "A rule added by a test", zh = "测试添加的规则")
                    @pitfall("live-without-warm-up")
                when
                    Answer(question == "live-warm-up", choice == "no")
                then
                end
                """);

        assertProblem(file, "rule \"Live without warm-up, said again\"",
                "rule \"Live without warm-up, said again\" has the same conditions as rule \"Live streams start without warm-up videos\"");
    }

    @Test
    void misspelledConclusionIsReportedAtItsLine() throws IOException {
        Path file = edit("rules/channels.drl", "Conclusion(name == \"team-without-content-talent\")",
                "Conclusion(name == \"team-without-content-talnt\")");

        assertProblem(file, "team-without-content-talnt", "no rule concludes 'team-without-content-talnt'");
    }

    @Test
    void pitfallNoRuleNamesIsReportedInTheCatalogue() throws IOException {
        Path file = rules.resolve("channels.drl");
        String drl = Files.readString(file);
        int start = drl.indexOf("rule \"Live streams start without warm-up videos\"");
        Files.writeString(file, drl.substring(0, start) + drl.substring(drl.indexOf("end\n", start) + 4));

        assertProblem(knowledgeBase.resolve("pitfalls/03-channels-and-traffic.yaml"), "id: live-without-warm-up",
                "pitfall 'live-without-warm-up' is named by no rule");
    }

    @Test
    void failingScenarioNamesTheConditionThatFailedAndTheAnswer() throws IOException {
        Path scenario = edit("knowledge-base/scenarios/06-live-only-store.yaml", "live-warm-up: false", "live-warm-up: true");
        Result result = check();

        assertThat(result.exit).isEqualTo(1);
        assertThat(result.output)
                .contains(scenario + ":" + lineOf(scenario, "live-without-warm-up") + ": scenario '")
                .contains("expects 'live-without-warm-up', which no rule found")
                .contains(rules.resolve("channels.drl") + ":" + lineOf(rules.resolve("channels.drl"),
                        "rule \"Live streams start without warm-up videos\"") + ": rule \"Live streams start without warm-up videos\" did not fire")
                .contains("FAILS at line " + lineOf(rules.resolve("channels.drl"), "Answer(question == \"live-warm-up\", choice == \"no\")")
                        + ": `choice == \"no\"`, 'live-warm-up' was answered \"yes\"");
    }

    @Test
    void scenarioAnsweringAQuestionTheQuestionnaireLacksIsReportedAtThatAnswer() throws IOException {
        Path scenario = edit("knowledge-base/scenarios/06-live-only-store.yaml", "  live-warm-up: false\n",
                "  live-warm-up: false\n  live-warmup: true\n");

        assertProblem(scenario, "live-warmup:", "scenario 'Live-only store': answers.live-warmup ");
    }

    @Test
    void missingFindingIsTracedThroughTheConclusionItNeeded() throws IOException {
        edit("knowledge-base/scenarios/17-shelf-team-without-content-talent.yaml", "content-lead: false", "content-lead: true");
        Path drl = rules.resolve("team-and-content.drl");
        Result result = check();

        assertThat(result.output)
                .contains("expects 'missing-content-talent', which no rule found")
                .contains("FAILS: conclusion 'team-without-content-talent' was not drawn")
                .contains("    " + drl + ":" + lineOf(drl, "rule \"Team without content talent\"")
                        + ": rule \"Team without content talent\" did not fire:")
                .contains("`choice == \"no\"`, 'content-lead' was answered \"yes\"");
        assertThat(result.exit).isEqualTo(1);
    }

    @Test
    void ruleThatFiresInNoScenarioIsACoverageGapAtTheRule() throws IOException {
        Path file = rules.resolve("channels.drl");
        Files.writeString(file, Files.readString(file) + """

                rule "Warm-up videos but no live setup at all"
                    @title(en = "A rule added by a test", zh = "测试添加的规则")
                    @pitfall("live-without-warm-up")
                when
                    Answer(question == "live-warm-up", choice == "yes")
                    Answer(question == "live-setup", choice == "planned-studio")
                    Answer(question == "core-channel", choice == "dont-know")
                then
                end
                """);

        assertProblem(file, "rule \"Warm-up videos but no live setup at all\"",
                "rule \"Warm-up videos but no live setup at all\" fires in no scenario");
    }

    @Test
    void ruleThatReadsABlankAnswerAsANoIsReportedAtTheScenarioAnswerWhoseBlankAddsTheFinding() throws IOException {
        Path file = rules.resolve("team-and-content.drl");
        Files.writeString(file, Files.readString(file) + """

                rule "Someone confirmed to direct content"
                    @title(en = "A rule added by a test", zh = "测试添加的规则")
                when
                    Answer(question == "content-lead", choice == "yes")
                then
                    insertLogical(new Conclusion("content-lead-confirmed"));
                end

                rule "Nobody confirmed to direct content"
                    @title(en = "A rule added by a test", zh = "测试添加的规则")
                    @pitfall("missing-content-talent")
                when
                    Answer(question == "products", text != null)
                    not Conclusion(name == "content-lead-confirmed")
                then
                end
                """);
        Path scenario = knowledgeBase.resolve("scenarios/00-content-merchant-with-nothing-to-fix.yaml");

        assertProblem(scenario, "content-lead: true", "scenario 'Content merchant with nothing to fix, stage left blank': leaving "
                + "'content-lead' blank adds 'missing-content-talent' (rule \"Nobody confirmed to direct content\"): "
                + "a blank answer must never add a finding");
    }

    @Test
    void questionNoRuleReadsIsReportedUnlessMarkedAsContext() throws IOException {
        String question = """
                      - id: has-warehouse
                        type: yes-no
                        text: {en: "Do you run your own warehouse?", zh: "你有自己的仓库吗？"}
                        help: {en: "Yes if you store the goods yourself.", zh: "如果货物由你自己存放，选“是”。"}
                      - id: product-category
                """;
        Path file = edit("knowledge-base/questionnaire.yaml", "      - id: product-category\n", question);

        assertProblem(file, "id: has-warehouse", "question 'has-warehouse' is read by no rule");

        edit("knowledge-base/questionnaire.yaml", "      - id: has-warehouse\n", "      - id: has-warehouse\n        context: true\n");
        Result result = check();
        assertThat(result.output).as("a context question needs no rule, scenario, test or page").contains("OK: no problems");
        assertThat(result.exit).isZero();
    }

    @Test
    void pitfallPageOutOfStepWithTheCatalogueIsReported() throws IOException {
        edit("pitfalls.md", "| `live-without-warm-up` |", "| `live-without-warmup` |");

        assertThat(check().output).contains(docs + ": the pitfall page is out of date with knowledge-base/pitfalls/; run ./advisor docs");
        assertThat(CheckCommand.run(new String[] {"docs", "--rules", rules.toString(), "--knowledge-base",
                knowledgeBase.toString(), "--docs", docs.toString()}, new PrintStream(new ByteArrayOutputStream()))).isZero();
        assertThat(check().exit).isZero();
    }

    @Test
    void conflictNoScenarioBringsAboutIsACoverageGapAtTheConflict() throws IOException {
        Path conflicts = folder.resolve("knowledge-base/conflicts.yaml");
        Files.writeString(conflicts, Files.readString(conflicts) + """

                  - id: maturity-over-preparation
                    prevails: stage-maturity-focus
                    yields: stage-preparation-focus
                    recommendation:
                      en: Reworded.
                      zh: 改写。
                """);

        assertProblem(conflicts, "id: maturity-over-preparation", "conflict 'maturity-over-preparation' arises in no "
                + "scenario; add a scenario in which 'stage-maturity-focus' and 'stage-preparation-focus' are both found");
    }

    @Test
    void quoteThatIsNotInItsDocumentIsReportedAtItsLine() throws IOException {
        Path documents = documentsHoldingEveryQuote();
        assertThat(check("--documents", documents.toString()).exit).as("every quote is in its document").isZero();

        Path pitfalls = folder.resolve("knowledge-base/pitfalls/04-supply-chain-and-service.yaml");
        String quote = quotesByDocument(pitfalls).values().iterator().next().get(0);
        String altered = quote.substring(0, quote.length() / 2) + "X" + quote.substring(quote.length() / 2);
        edit("knowledge-base/pitfalls/04-supply-chain-and-service.yaml", quote, altered);
        String pitfall = pitfallQuoting(pitfalls, altered);

        Result result = check("--documents", documents.toString());
        assertThat(result.output).containsPattern(java.util.regex.Pattern.quote(pitfalls + ":" + lineOf(pitfalls, altered)
                + ": pitfall '" + pitfall + "': the quote of '") + ".*' is not in \\S+ word for word");
        assertThat(result.exit).isEqualTo(1);
    }

    @Test
    void documentsFolderWithoutACitedDocumentIsReported() throws IOException {
        Path documents = documentsHoldingEveryQuote();
        Files.delete(documents.resolve("001_2427d3f73c13ee8a.txt"));

        Result result = check("--documents", documents.toString());

        assertThat(result.output).contains(documents.resolve("001_2427d3f73c13ee8a.txt") + ": document not found");
        assertThat(result.exit).isEqualTo(1);
    }

    /**
     * A folder with one file per cited document holding every quote of the real catalogue, each broken
     * over two lines as the documents break sentences: the real documents are not part of the repository.
     */
    private Path documentsHoldingEveryQuote() throws IOException {
        Path documents = Files.createDirectories(folder.resolve("documents"));
        java.util.Map<String, StringBuilder> texts = new java.util.TreeMap<>();
        try (var files = Files.list(folder.resolve("knowledge-base/pitfalls"))) {
            for (Path file : files.sorted().toList()) {
                quotesByDocument(file).forEach((document, quotes) -> quotes.forEach(quote -> texts
                        .computeIfAbsent(document, name -> new StringBuilder("Opening words.\n"))
                        .append(quote, 0, quote.length() / 2).append("\n  ")
                        .append(quote.substring(quote.length() / 2)).append("\n\n")));
            }
        }
        for (var text : texts.entrySet()) {
            Files.writeString(documents.resolve(text.getKey()), text.getValue());
        }
        return documents;
    }

    /** The quotes of a pitfall file by the document they cite, read from the YAML as written. */
    private static java.util.Map<String, List<String>> quotesByDocument(Path file) throws IOException {
        java.util.Map<String, List<String>> quotes = new java.util.LinkedHashMap<>();
        String document = null;
        for (String line : Files.readAllLines(file)) {
            String text = line.strip();
            if (text.startsWith("- document:")) {
                document = text.substring("- document:".length()).strip();
            } else if (text.startsWith("quote:") && document != null) {
                String quote = text.substring("quote:".length()).strip();
                quote = quote.substring(1, quote.length() - 1).replace("\\\"", "\"");
                quotes.computeIfAbsent(document, name -> new java.util.ArrayList<>()).add(quote);
            }
        }
        return quotes;
    }

    private static String pitfallQuoting(Path file, String quote) throws IOException {
        String pitfall = null;
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith("  - id: ")) {
                pitfall = line.substring("  - id: ".length()).strip();
            } else if (line.contains(quote)) {
                return pitfall;
            }
        }
        throw new AssertionError(quote + " is not in " + file);
    }

    @Test
    void unknownCommandPrintsTheUsage() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int exit = CheckCommand.run(new String[] {"chek"}, new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("usage: ./advisor check");
    }

    private void assertProblem(Path file, String textOnTheLine, String message) throws IOException {
        Result result = check();
        assertThat(result.output).contains(file + ":" + lineOf(file, textOnTheLine) + ": " + message);
        assertThat(result.exit).isEqualTo(1);
        assertThat(result.output).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private Path edit(String relative, String old, String replacement) throws IOException {
        Path file = folder.resolve(relative);
        String content = Files.readString(file);
        assertThat(content).as("%s holds the text to edit", relative).contains(old);
        Files.writeString(file, content.replaceFirst(java.util.regex.Pattern.quote(old),
                java.util.regex.Matcher.quoteReplacement(replacement)));
        return file;
    }

    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " is not in " + file);
    }

    private Result check(String... more) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> args = new java.util.ArrayList<>(List.of("check", "--rules", rules.toString(), "--knowledge-base",
                knowledgeBase.toString(), "--docs", docs.toString()));
        args.addAll(List.of(more));
        int exit = CheckCommand.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8));
        return new Result(exit, out.toString(StandardCharsets.UTF_8));
    }

    private record Result(int exit, String output) {
    }
}
