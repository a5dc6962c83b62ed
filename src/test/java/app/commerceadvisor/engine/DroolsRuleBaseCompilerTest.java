package app.commerceadvisor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    void syntaxErrorIsReportedWithFileNameAndLine() throws IOException {
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
                    assertThat(e.problems()).isNotEmpty();
                    assertThat(e.problems()).allSatisfy(problem -> {
                        assertThat(problem.file()).isEqualTo(rules.resolve("broken.drl").toString());
                        assertThat(problem.line()).isPositive();
                    });
                    assertThat(e.problems()).extracting(RuleProblem::line).contains(9);
                    assertThat(e.problems()).extracting(RuleProblem::message)
                            .noneMatch(message -> message.contains("Parser returned a null Package"));
                    assertThat(e.getMessage()).contains(rules.resolve("broken.drl") + ":9: ");
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
                        assertThat(e.problems()).anySatisfy(problem -> {
                            assertThat(problem.file()).endsWith("typo.drl");
                            assertThat(problem.line()).isEqualTo(8);
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

    private static Evaluation evaluate(RuleBase ruleBase, List<Answer> answers) {
        return ruleBase.evaluate(answers, List.of());
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(rules.resolve(name), content);
    }
}
