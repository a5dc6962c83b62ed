package app.commerceadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.commerceadvisor.engine.DroolsRuleBaseCompiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActiveKnowledgeBaseTest {

    @TempDir
    Path brokenRules;

    @Test
    void serviceRefusesToStartOnARuleFileThatDoesNotCompile() throws IOException {
        Files.writeString(brokenRules.resolve("broken.drl"), """
                package rules;

                rule "Unfinished"
                when
                    eval(
                then
                end
                """);
        ActiveKnowledgeBase active = new ActiveKnowledgeBase(
                new KnowledgeBaseLoader(new DroolsRuleBaseCompiler()), config(brokenRules, Path.of("knowledge-base")));

        assertThatThrownBy(() -> active.loadAtStartup(null))
                .isInstanceOf(KnowledgeBaseException.class)
                .hasMessageContaining(brokenRules.resolve("broken.drl") + ":7: ")
                .hasMessageContaining("mismatched input 'end'");
        assertThat(active.current()).isEmpty();
    }

    @Test
    void realContentBecomesActiveAtStartup() {
        ActiveKnowledgeBase active = new ActiveKnowledgeBase(
                new KnowledgeBaseLoader(new DroolsRuleBaseCompiler()), config(Path.of("rules"), Path.of("knowledge-base")));

        active.loadAtStartup(null);

        assertThat(active.current()).hasValueSatisfying(loaded -> assertThat(loaded.rules().ruleCount()).isPositive());
    }

    private static ContentConfig config(Path rules, Path knowledgeBase) {
        return new ContentConfig() {
            @Override
            public Path rules() {
                return rules;
            }

            @Override
            public Path knowledgeBase() {
                return knowledgeBase;
            }
        };
    }
}
