package app.commerceadvisor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import app.commerceadvisor.engine.RuleOutline.ConstraintOutline;
import app.commerceadvisor.engine.RuleOutline.PatternOutline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The outline of a rule, read through Drools' parser, says where each pattern and constraint is written. */
class DrlOutlineReaderTest {

    private static final String DRL = """
            package rules;

            import app.commerceadvisor.engine.Answer;
            import app.commerceadvisor.engine.Conclusion;
            import app.commerceadvisor.engine.Threshold;

            rule "Thin margin"
                @pitfall("thin-margin")
            when
                Threshold(name == "thin-margin-percent", $limit : value)
                Answer(question == "gross-margin",
                       number < $limit)
                not Conclusion(name == "sales-status-contradicted")
                Answer(question == "order-channels", choices contains "a" || choices contains "b")
            then
                insertLogical(new Conclusion("margin-is-thin"));
            end
            """;

    @Test
    void outlineNamesEachPatternAndConstraintAtItsLine() {
        List<RuleOutline> outline = DrlOutlineReader.read("rules/x.drl", DRL);

        assertThat(outline).hasSize(1);
        RuleOutline rule = outline.get(0);
        assertThat(rule.name()).isEqualTo("Thin margin");
        assertThat(rule.line()).isEqualTo(7);
        assertThat(rule.pitfall()).isEqualTo("thin-margin");
        assertThat(rule.concludes()).containsExactly("margin-is-thin");
        assertThat(rule.patterns()).extracting(PatternOutline::type, PatternOutline::line, PatternOutline::negated)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Threshold", 10, false),
                        org.assertj.core.groups.Tuple.tuple("Answer", 11, false),
                        org.assertj.core.groups.Tuple.tuple("Conclusion", 13, true),
                        org.assertj.core.groups.Tuple.tuple("Answer", 14, false));
        PatternOutline margin = rule.patterns().get(1);
        assertThat(margin.equalTo("question")).isEqualTo("gross-margin");
        ConstraintOutline below = margin.constraints().get(1);
        assertThat(below).extracting(ConstraintOutline::line, ConstraintOutline::field, ConstraintOutline::operator,
                ConstraintOutline::value, ConstraintOutline::literal)
                .containsExactly(12, "number", "<", "$limit", false);
        assertThat(rule.patterns().get(3).constraints().get(1).field()).as("a constraint with || is kept whole").isNull();
    }

    @Test
    void everyRuleOfTheRealRuleFilesHasAnOutline() throws Exception {
        for (Path file : Files.list(Path.of("rules")).sorted().toList()) {
            String drl = Files.readString(file);
            long rules = drl.lines().filter(line -> line.startsWith("rule ")).count();
            assertThat(DrlOutlineReader.read(file.toString(), drl)).as(file.toString()).hasSize((int) rules);
        }
    }
}
