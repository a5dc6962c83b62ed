package app.commerceadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.commerceadvisor.engine.DroolsRuleBaseCompiler;
import java.io.IOException;
import java.nio.file.Files;
import java.lang.management.ManagementFactory;
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
                .hasMessageContaining(brokenRules.resolve("broken.drl") + ":5: `eval(` is never closed: a `)` is missing before line 6");
        assertThat(active.current()).isEmpty();
    }

    @Test
    void realContentBecomesActiveAtStartup() {
        ActiveKnowledgeBase active = new ActiveKnowledgeBase(
                new KnowledgeBaseLoader(new DroolsRuleBaseCompiler()), config(Path.of("rules"), Path.of("knowledge-base")));

        active.loadAtStartup(null);

        assertThat(active.current()).hasValueSatisfying(loaded -> assertThat(loaded.rules().ruleCount()).isPositive());
    }

    @TempDir
    Path content;

    @Test
    void twoHundredReloadsDoNotGrowTheHeap() throws IOException {
        Path rules = ContentFolders.copy(Path.of("rules"), content.resolve("rules"));
        Path knowledgeBase = ContentFolders.copy(Path.of("knowledge-base"), content.resolve("knowledge-base"));
        ActiveKnowledgeBase active = new ActiveKnowledgeBase(
                new KnowledgeBaseLoader(new DroolsRuleBaseCompiler()), config(rules, knowledgeBase));
        active.loadAtStartup(null);
        Path toggled = rules.resolve("channels.drl");
        String original = Files.readString(toggled);

        long heapAfterWarmUp = 0;
        for (int reload = 1; reload <= 200; reload++) {
            Files.writeString(toggled, original + (reload % 2 == 0 ? "" : "\n// edited\n"));
            assertThat(active.reload().lastOutcome()).isEqualTo(KnowledgeBaseStatus.Outcome.ACTIVATED);
            if (reload == 20) {
                heapAfterWarmUp = usedHeapAfterGc();
            }
        }
        long growth = usedHeapAfterGc() - heapAfterWarmUp;
        System.out.printf("200 reloads: heap after GC grew by %d KB between reload 20 and 200%n", growth / 1024);

        // one compiled version of the real rules holds a few MB: 180 kept alive would be hundreds
        assertThat(growth).as("heap growth over 180 reloads, bytes").isLessThan(40L * 1024 * 1024);
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
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
