package app.commerceadvisor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.logmanager.LogContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class DroolsRuleBaseCompilerTest {

    private static final String HEADER = """
            package rules;

            import app.commerceadvisor.engine.Answer;
            import app.commerceadvisor.engine.Conclusion;

            """;

    private final DroolsRuleBaseCompiler compiler = new DroolsRuleBaseCompiler();

    @TempDir
    Path rules;

    @Test
    void syntaxErrorIsReportedOnceWithFileNameAndLine() throws IOException {
        write("fine.drl", HEADER + """
                rule "Fine"
                when
                    Answer(question == "a")
                then
                end
                """);
        write("broken.drl", HEADER + """
                rule "Broken"
                when
                    Answer(question == "a"
                then
                end
                """);

        assertThatThrownBy(() -> compiler.compile(rules))
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> {
                    assertThat(e.problems()).containsExactly(new RuleProblem(rules.resolve("broken.drl").toString(), 8,
                            "`Answer(` is never closed: a `)` is missing before line 9"));
                    assertThat(e.getMessage()).contains(rules.resolve("broken.drl") + ":8: ");
                });
    }

    @Test
    void unknownFactTypeIsReportedWithItsLine() throws IOException {
        write("typo.drl", HEADER + """
                rule "Typo"
                when
                    Answr(question == "a")
                then
                end
                """);

        assertThatThrownBy(() -> compiler.compile(rules))
                .isInstanceOfSatisfying(RuleCompilationException.class, e ->
                        assertThat(e.problems()).singleElement().satisfies(problem -> {
                            assertThat(problem.file()).endsWith("typo.drl");
                            assertThat(problem.line()).isEqualTo(8);
                            assertThat(problem.message()).startsWith("there is no fact type `Answr`");
                        }));
    }

    @Test
    void folderWithoutRuleFilesIsRefused() {
        assertThatThrownBy(() -> compiler.compile(rules))
                .isInstanceOfSatisfying(RuleCompilationException.class, e ->
                        assertThat(e.problems()).extracting(RuleProblem::message).containsExactly("no .drl rule files found"));
    }

    @Test
    void pitfallMetadataWithoutIdIsRefused() throws IOException {
        write("empty-pitfall.drl", HEADER + """
                rule "Names no pitfall"
                    @pitfall("")
                when
                    Answer(question == "a")
                then
                end
                """);

        assertThatThrownBy(() -> compiler.compile(rules))
                .isInstanceOfSatisfying(RuleCompilationException.class, e ->
                        assertThat(e.getMessage()).contains("Names no pitfall").contains("@pitfall needs a pitfall id"));
    }

    @Test
    void diagnosisCarriesTheAnswersBehindItsIntermediateConclusions() throws IOException {
        write("chain.drl", HEADER + """
                rule "Derive"
                when
                    Answer(question == "content-lead", choice == "no")
                then
                    insertLogical(new Conclusion("team-without-content-talent"));
                end

                rule "Diagnose"
                    @pitfall("missing-content-talent")
                when
                    Conclusion(name == "team-without-content-talent")
                    Answer(question == "team-size", number >= 3)
                then
                end
                """);
        RuleBase ruleBase = compiler.compile(rules);
        Answer noContentLead = Answer.yesNo("content-lead", false);
        Answer teamOfFive = Answer.number("team-size", 5);

        Evaluation evaluation = evaluate(ruleBase, List.of(noContentLead, teamOfFive, Answer.text("products", "tea")));

        assertThat(evaluation.diagnoses()).singleElement().satisfies(diagnosis -> {
            assertThat(diagnosis.rule()).isEqualTo("Diagnose");
            assertThat(diagnosis.pitfall()).isEqualTo("missing-content-talent");
            assertThat(diagnosis.evidence()).containsExactlyInAnyOrder(noContentLead, teamOfFive);
            assertThat(diagnosis.conclusions()).containsExactly("team-without-content-talent");
        });
        assertThat(ruleBase.pitfalls()).containsExactly("missing-content-talent");
        assertThat(ruleBase.ruleCount()).isEqualTo(2);
    }

    @Test
    void everyEvaluationStartsFromAFreshSession() throws IOException {
        write("once.drl", HEADER + """
                rule "Fires on yes"
                    @pitfall("p")
                when
                    Answer(question == "q", choice == "yes")
                then
                end
                """);
        RuleBase ruleBase = compiler.compile(rules);

        assertThat(evaluate(ruleBase, List.of(Answer.yesNo("q", true))).diagnoses()).hasSize(1);
        assertThat(evaluate(ruleBase, List.of()).diagnoses()).isEmpty();
        assertThat(evaluate(ruleBase, List.of(Answer.yesNo("q", true))).diagnoses()).hasSize(1);
    }

    @Test
    void ruleFiringForSeveralMatchesGivesOneDiagnosisWithAllEvidence() throws IOException {
        write("many.drl", HEADER + """
                rule "Any yes"
                    @pitfall("p")
                when
                    Answer(choice == "yes")
                then
                end
                """);
        RuleBase ruleBase = compiler.compile(rules);

        Evaluation evaluation = evaluate(ruleBase, List.of(Answer.yesNo("a", true), Answer.yesNo("b", true)));

        assertThat(evaluation.diagnoses()).singleElement()
                .satisfies(diagnosis -> assertThat(diagnosis.evidence()).extracting(Answer::getQuestion)
                        .containsExactlyInAnyOrder("a", "b"));
    }

    @Test
    void multipleChoiceAnswersMatchWithContains() throws IOException {
        write("contains.drl", HEADER + """
                rule "Paid only"
                    @pitfall("p")
                when
                    Answer(question == "channels", choices contains "paid", choices not contains "own")
                then
                end
                """);
        RuleBase ruleBase = compiler.compile(rules);

        assertThat(evaluate(ruleBase, List.of(Answer.multipleChoice("channels", Set.of("paid")))).diagnoses()).hasSize(1);
        assertThat(evaluate(ruleBase, List.of(Answer.multipleChoice("channels", Set.of("paid", "own")))).diagnoses()).isEmpty();
    }

    @Test
    void thresholdsAreFactsRulesCompareAnswersWith() throws IOException {
        write("threshold.drl", HEADER + """
                import app.commerceadvisor.engine.Threshold;

                rule "Thin margin"
                    @pitfall("p")
                when
                    Threshold(name == "thin-margin-percent", $thin : value)
                    Answer(question == "gross-margin", number < $thin)
                then
                end
                """);
        RuleBase ruleBase = compiler.compile(rules);
        Threshold thin = new Threshold("thin-margin-percent", 20);

        assertThat(ruleBase.evaluate(List.of(Answer.number("gross-margin", 15)), List.of(thin)).diagnoses())
                .singleElement().satisfies(diagnosis -> assertThat(diagnosis.thresholds()).containsExactly(thin));
        assertThat(ruleBase.evaluate(List.of(Answer.number("gross-margin", 35)), List.of(thin)).diagnoses()).isEmpty();
        assertThat(ruleBase.evaluate(List.of(Answer.number("gross-margin", 15)),
                List.of(new Threshold("thin-margin-percent", 10))).diagnoses()).isEmpty();
    }

    @Test
    void diagnosisWhoseConclusionIsWithdrawnLaterDoesNotCount() throws IOException {
        write("withdrawn.drl", HEADER + """
                rule "Derive"
                    salience 10
                when
                    Answer(question == "a")
                    not Conclusion(name == "blocked")
                then
                    insertLogical(new Conclusion("derived"));
                end

                rule "Diagnose"
                    @pitfall("p")
                    salience 5
                when
                    Conclusion(name == "derived")
                then
                end

                rule "Block"
                when
                    Answer(question == "b")
                then
                    insertLogical(new Conclusion("blocked"));
                end
                """);
        RuleBase ruleBase = compiler.compile(rules);

        assertThat(evaluate(ruleBase, List.of(Answer.yesNo("a", true))).diagnoses()).hasSize(1);
        assertThat(evaluate(ruleBase, List.of(Answer.yesNo("a", true), Answer.yesNo("b", true))).diagnoses()).isEmpty();
    }

    // Mistakes a trainer makes, each in a copy of the real rule files broken at a known line. Each one is
    // reported once, at the line to look at, in words that need no Java: never Drools' "[ERR 102] Line 28:0
    // mismatched input 'end'", which points at where the parser gave up.

    @Test
    void unclosedBracketIsReportedWhereItOpensWithTheLineItMustCloseBefore() throws IOException {
        copyRealRules();
        String rule = "No short-video channel brings orders";
        int opened = lineInRule("channels.drl", rule, "Answer(question == \"order-channels\"");
        int last = lineInRule("channels.drl", rule, "choices not contains \"paid-campaigns\")");
        editLine("channels.drl", last, "\"paid-campaigns\")", "\"paid-campaigns\"");

        assertOnlyProblem("channels.drl", opened, "`Answer(` is never closed: a `)` is missing before line " + (last + 1));
    }

    @Test
    void unclosedEvalIsReportedAtTheEvalNotAtTheEndBelowIt() throws IOException {
        copyRealRules();
        String rule = "No one in the team can direct content";
        int condition = lineInRule("team-and-content.drl", rule, "Conclusion(");
        setLine("team-and-content.drl", condition, "    eval(");

        assertOnlyProblem("team-and-content.drl", condition, "`eval(` is never closed: a `)` is missing before line "
                + lineInRule("team-and-content.drl", rule, "then"));
    }

    @Test
    void missingThenIsReportedAtTheEndItMustComeBefore() throws IOException {
        copyRealRules();
        String rule = "A success could not be repeated";
        setLine("team-and-content.drl", lineInRule("team-and-content.drl", rule, "then"), "");
        int end = lineInRule("team-and-content.drl", rule, "end");

        assertOnlyProblem("team-and-content.drl", end, "a `then` is missing before line " + end
                + ": rule \"A success could not be repeated\" goes from its conditions straight to `end`");
    }

    @Test
    void missingThenBeforeAnInsertIsReportedAtTheInsert() throws IOException {
        copyRealRules();
        String rule = "Team without content talent";
        setLine("team-and-content.drl", lineInRule("team-and-content.drl", rule, "then"), "");
        int insert = lineInRule("team-and-content.drl", rule, "insertLogical(");

        assertOnlyProblem("team-and-content.drl", insert, "a `then` is missing before line " + insert
                + ": rule \"Team without content talent\" must say `then` before it does `insertLogical`");
    }

    @Test
    void missingEndIsReportedAtTheRuleThatIsNeverClosed() throws IOException {
        copyRealRules();
        String rule = "A success could not be repeated";
        setLine("team-and-content.drl", lineInRule("team-and-content.drl", rule, "end"), "");

        assertOnlyProblem("team-and-content.drl", lineOf("team-and-content.drl", "rule \"" + rule + "\""),
                "rule \"A success could not be repeated\" is never closed: an `end` is missing before line "
                        + lineOf("team-and-content.drl", "rule \"Success depends on one person\""));
    }

    @Test
    void missingEndOfTheLastRuleIsReportedAsMissingAtTheEndOfTheFile() throws IOException {
        copyRealRules();
        String rule = "Content is posted without a plan";
        setLine("team-and-content.drl", lineInRule("team-and-content.drl", rule, "end"), "");

        assertOnlyProblem("team-and-content.drl", lineOf("team-and-content.drl", "rule \"" + rule + "\""),
                "rule \"Content is posted without a plan\" is never closed: an `end` is missing at the end of the file");
    }

    @Test
    void unclosedQuoteIsReportedOnItsLine() throws IOException {
        copyRealRules();
        int line = lineInRule("channels.drl", "Merchant does not know which channels bring orders", "Answer(");
        editLine("channels.drl", line, "\"dont-know\")", "\"dont-know)");

        assertOnlyProblem("channels.drl", line, "a `\"` is missing on this line: the quoted text `\"dont-know)` never ends");
    }

    @Test
    void misspelledRuleIsReportedAtItsLineThoughTheParserBlamesTheRuleBefore() throws IOException {
        copyRealRules();
        int line = lineOf("channels.drl", "rule \"Merchant does not know which channels bring orders\"");
        editLine("channels.drl", line, "rule ", "rul ");

        assertOnlyProblem("channels.drl", line, "`rul` is not a word rules know: did you mean `rule`?");
    }

    @Test
    void misspelledWhenIsReportedAtItsLine() throws IOException {
        copyRealRules();
        int line = lineInRule("channels.drl", "Merchant does not know which channels bring orders", "when");
        setLine("channels.drl", line, "wen");

        assertOnlyProblem("channels.drl", line, "`wen` is not a word rules know: did you mean `when`?");
    }

    @Test
    void misspelledNotInAConditionIsReportedAtItsLine() throws IOException {
        copyRealRules();
        int line = lineInRule("team-and-content.drl", "Team without content talent", "not Conclusion(");
        editLine("team-and-content.drl", line, "not ", "nto ");

        assertOnlyProblem("team-and-content.drl", line, "`nto` is not a word rules know: did you mean `not`?");
    }

    @Test
    void misspelledEndIsReportedAtItsLine() throws IOException {
        copyRealRules();
        int line = lineInRule("channels.drl", "Merchant does not know which channels bring orders", "end");
        setLine("channels.drl", line, "ned");

        assertOnlyProblem("channels.drl", line, "`ned` is not a word rules know: did you mean `end`? Without it rule "
                + "\"Merchant does not know which channels bring orders\" is never closed");
    }

    @Test
    void unknownFactTypeNamesTheTypesRulesCanMatch() throws IOException {
        copyRealRules();
        int line = lineInRule("channels.drl", "Merchant does not know which channels bring orders", "Answer(");
        editLine("channels.drl", line, "Answer(", "Answr(");

        assertOnlyProblem("channels.drl", line, "there is no fact type `Answr`: did you mean `Answer`? "
                + "Rules can match `Answer`, `Conclusion` and `Threshold`");
    }

    @Test
    void unknownFieldNamesTheFieldsOfItsFactType() throws IOException {
        copyRealRules();
        int line = lineInRule("channels.drl", "Merchant does not know which channels bring orders", "Answer(");
        editLine("channels.drl", line, "question ==", "questoin ==");

        assertOnlyProblem("channels.drl", line, "`Answer` has no field `questoin`: did you mean `question`? "
                + "An Answer has `question`, `choice`, `choices`, `number` and `text`");
    }

    @Test
    void unknownFieldTakenIntoAVariableNamesTheFieldsOfItsFactType() throws IOException {
        copyRealRules();
        int line = lineInRule("channels.drl", "Believed core channel brings no orders", "Answer(question == \"core-channel\"");
        editLine("channels.drl", line, "$believed : choice", "$believed : choise");

        assertOnlyProblem("channels.drl", line, "`Answer` has no field `choise`: did you mean `choice`? "
                + "An Answer has `question`, `choice`, `choices`, `number` and `text`");
    }

    @Test
    void duplicateRuleNameNamesBothLines() throws IOException {
        copyRealRules();
        int first = lineOf("channels.drl", "rule \"Merchant does not know which channels bring orders\"");
        int second = lineOf("channels.drl", "rule \"Merchant cannot name a core sales channel\"");
        setLine("channels.drl", second, "rule \"Merchant does not know which channels bring orders\"");

        assertOnlyProblem("channels.drl", second, "another rule is already named "
                + "\"Merchant does not know which channels bring orders\" (line " + first + "): give each rule a name of its own");
    }

    @Test
    void duplicateRuleNameInAnotherFileNamesThatFileAndLine() throws IOException {
        copyRealRules();
        int original = lineOf("channels.drl", "rule \"Live streams start without warm-up videos\"");
        int copy = lineOf("team-and-content.drl", "rule \"Founder learns mainly from peers\"");
        setLine("team-and-content.drl", copy, "rule \"Live streams start without warm-up videos\"");

        assertThatThrownBy(() -> compiler.compile(rules))
                .isInstanceOfSatisfying(RuleCompilationException.class, e ->
                        assertThat(e.problems()).singleElement().satisfies(problem -> {
                            String other = problem.file().endsWith("channels.drl")
                                    ? rules.resolve("team-and-content.drl") + ":" + copy
                                    : rules.resolve("channels.drl") + ":" + original;
                            assertThat(problem.message()).isEqualTo("another rule is already named "
                                    + "\"Live streams start without warm-up videos\" (" + other + "): give each rule a name of its own");
                        }));
    }

    @Test
    void unknownWordInWhatARuleDoesIsReportedAtItsLine() throws IOException {
        copyRealRules();
        int line = lineInRule("channels.drl", "No short-video channel brings orders", "insertLogical(");
        editLine("channels.drl", line, "new Conclusion(", "new Conclusoin(");

        assertOnlyProblem("channels.drl", line, "`Conclusoin` is unknown in the `then` part of rule "
                + "\"No short-video channel brings orders\": did you mean `Conclusion`?");
    }

    @Test
    void missingCommaBetweenTwoConstraintsIsSuggested() throws IOException {
        copyRealRules();
        int line = lineInRule("channels.drl", "Merchant does not know which channels bring orders", "Answer(");
        editLine("channels.drl", line, "\"order-channels\",", "\"order-channels\"");

        assertOnlyProblem("channels.drl", line, "`choices` does not fit here: is a `,` missing before it?");
    }

    @Test
    void singleEqualsSignIsExplained() throws IOException {
        copyRealRules();
        int line = lineInRule("channels.drl", "Merchant does not know which channels bring orders", "Answer(");
        editLine("channels.drl", line, "question ==", "question =");

        assertOnlyProblem("channels.drl", line, "`=` does not compare: write `==` to compare a field with a value");
    }

    @Test
    void brokenRuleFileLeavesNothingInTheLogWhileDroolsOtherMessagesGetThrough() throws IOException {
        write("broken.drl", HEADER + """
                rule "Broken"
                when
                    Answer(question == "a)
                then
                end
                """);
        List<LogRecord> logged = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        handler.setLevel(Level.ALL);
        // Drools logs through SLF4J to the JBoss LogManager; as in a plain main, nothing turns the logger off
        // (under Quarkus, application.properties does)
        java.util.logging.Logger droolsBuild = LogContext.getLogContext().getLogger(DroolsBuildLog.LOGGER);
        Level configured = droolsBuild.getLevel();
        droolsBuild.setLevel(Level.INFO);
        droolsBuild.addHandler(handler);
        droolsBuild.setUseParentHandlers(false); // the test's own warning need not reach the console
        try {
            assertThatThrownBy(() -> compiler.compile(rules)).isInstanceOf(RuleCompilationException.class);
            LoggerFactory.getLogger(DroolsBuildLog.LOGGER).warn("Warning : a message that is not a failed build");
        } finally {
            droolsBuild.removeHandler(handler);
            droolsBuild.setUseParentHandlers(true);
            droolsBuild.setLevel(configured);
        }

        assertThat(logged).filteredOn(record -> record.getLevel().intValue() >= Level.WARNING.intValue())
                .extracting(LogRecord::getMessage)
                .containsExactly("Warning : a message that is not a failed build");
    }

    @Test
    void layoutOfTheRealRuleFilesHasNoMistakes() throws IOException {
        copyRealRules();
        try (Stream<Path> files = Files.list(rules)) {
            for (Path file : files.toList()) {
                String source = Files.readString(file);
                DrlLayout layout = DrlLayout.read(source);
                assertThat(layout.mistakes()).as(file.toString()).isEmpty();
                assertThat(layout.rules()).as(file.toString())
                        .hasSize((int) source.lines().filter(text -> text.startsWith("rule \"")).count())
                        .allSatisfy(rule -> assertThat(rule.thenLine()).isGreaterThan(rule.line()));
            }
        }
    }

    private static Evaluation evaluate(RuleBase ruleBase, List<Answer> answers) {
        return ruleBase.evaluate(answers, List.of());
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(rules.resolve(name), content);
    }

    private void copyRealRules() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".drl")).toList()) {
                Files.copy(file, rules.resolve(file.getFileName().toString()));
            }
        }
    }

    /** The number of the first line holding {@code text}. */
    private int lineOf(String file, String text) throws IOException {
        List<String> lines = Files.readAllLines(rules.resolve(file));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(file + " has no line with " + text);
    }

    /** The number of the first line of rule {@code rule} that starts with {@code start} once indentation is left out. */
    private int lineInRule(String file, String rule, String start) throws IOException {
        List<String> lines = Files.readAllLines(rules.resolve(file));
        for (int i = lineOf(file, "rule \"" + rule + "\""); i < lines.size(); i++) {
            if (lines.get(i).strip().startsWith(start)) {
                return i + 1;
            }
        }
        throw new AssertionError("rule \"" + rule + "\" in " + file + " has no line starting with " + start);
    }

    private void setLine(String file, int line, String text) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(rules.resolve(file)));
        lines.set(line - 1, text);
        Files.write(rules.resolve(file), lines);
    }

    private void editLine(String file, int line, String text, String replacement) throws IOException {
        String old = Files.readAllLines(rules.resolve(file)).get(line - 1);
        assertThat(old).as("line %d of %s", line, file).contains(text);
        setLine(file, line, old.replaceFirst(Pattern.quote(text), Matcher.quoteReplacement(replacement)));
    }

    private void assertOnlyProblem(String file, int line, String message) {
        assertThatThrownBy(() -> compiler.compile(rules))
                .isInstanceOfSatisfying(RuleCompilationException.class, e -> assertThat(e.problems())
                        .containsExactly(new RuleProblem(rules.resolve(file).toString(), line, message)));
    }
}
