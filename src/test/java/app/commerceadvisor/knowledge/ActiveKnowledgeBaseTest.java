package app.commerceadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.commerceadvisor.engine.DroolsRuleBaseCompiler;
import java.io.IOException;
import java.nio.file.Files;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActiveKnowledgeBaseTest {

    private static final String UNFINISHED_RULE = """
            package rules;

            rule "Unfinished"
            when
                eval(
            then
            end
            """;

    @TempDir
    Path brokenRules;

    @TempDir
    Path content;

    @TempDir
    Path restoreFolder;

    private final KeptVersions kept = new KeptVersions();

    @Test
    void serviceRefusesToStartOnARuleFileThatDoesNotCompileWhenNoVersionWasKept() throws IOException {
        Files.writeString(brokenRules.resolve("broken.drl"), UNFINISHED_RULE);
        ActiveKnowledgeBase active = activeKnowledgeBase(brokenRules, Path.of("knowledge-base"));

        assertThatThrownBy(() -> active.loadAtStartup(null))
                .isInstanceOf(KnowledgeBaseException.class)
                .hasMessageContaining(brokenRules.resolve("broken.drl") + ":5: `eval(` is never closed: a `)` is missing before line 6");
        assertThat(active.current()).isEmpty();
    }

    @Test
    void realContentBecomesActiveAtStartupAndIsKept() {
        ActiveKnowledgeBase active = activeKnowledgeBase(Path.of("rules"), Path.of("knowledge-base"));

        active.loadAtStartup(null);

        assertThat(active.current()).hasValueSatisfying(loaded -> assertThat(loaded.rules().ruleCount()).isPositive());
        assertThat(kept.mostRecentlyActive(10)).containsExactly(active.require().version());
        assertThat(active.status().servingLastGoodVersion()).isFalse();
    }

    @Test
    void brokenContentAtStartIsServedFromTheLastGoodVersionUntilTheFixedContentIsReloaded() throws IOException {
        Path rules = ContentFolders.copy(Path.of("rules"), content.resolve("rules"));
        Path knowledgeBase = ContentFolders.copy(Path.of("knowledge-base"), content.resolve("knowledge-base"));
        ContentFiles good = ContentFiles.read(rules, knowledgeBase);
        kept.keep(good);
        Files.writeString(rules.resolve("broken.drl"), UNFINISHED_RULE);
        ActiveKnowledgeBase active = activeKnowledgeBase(rules, knowledgeBase);

        active.loadAtStartup(null);

        KnowledgeBaseStatus status = active.status();
        assertThat(status.version()).isEqualTo(good.version());
        assertThat(status.servingLastGoodVersion()).isTrue();
        assertThat(status.lastOutcome()).isEqualTo(KnowledgeBaseStatus.Outcome.REFUSED);
        assertThat(status.problems()).containsExactly(
                rules.resolve("broken.drl") + ":5: `eval(` is never closed: a `)` is missing before line 6");
        assertThat(restoreFolder.resolve(good.version().substring("sha256:".length()) + "/rules/channels.drl"))
                .hasSameTextualContentAs(rules.resolve("channels.drl"));

        assertThat(active.reload().servingLastGoodVersion()).as("after a reload of the still broken content").isTrue();
        Files.delete(rules.resolve("broken.drl"));
        KnowledgeBaseStatus fixed = active.reload();

        assertThat(fixed.servingLastGoodVersion()).isFalse();
        assertThat(fixed.lastOutcome()).isEqualTo(KnowledgeBaseStatus.Outcome.UNCHANGED);
        assertThat(fixed.version()).isEqualTo(good.version());
        assertThat(fixed.problems()).isEmpty();
    }

    @Test
    void keptVersionThatNoLongerLoadsIsPassedOverForTheOneBefore() throws IOException {
        Path rules = ContentFolders.copy(Path.of("rules"), content.resolve("rules"));
        Path knowledgeBase = ContentFolders.copy(Path.of("knowledge-base"), content.resolve("knowledge-base"));
        ContentFiles older = ContentFiles.read(rules, knowledgeBase);
        Map<String, byte[]> newerFiles = new LinkedHashMap<>(older.files());
        newerFiles.put("rules/broken.drl", UNFINISHED_RULE.getBytes(StandardCharsets.UTF_8)); // as if Java had changed
        kept.keep(older);
        kept.keep(ContentFiles.of(newerFiles));
        Files.writeString(knowledgeBase.resolve("thresholds.yaml"), "thresholds: [");
        ActiveKnowledgeBase active = activeKnowledgeBase(rules, knowledgeBase);

        active.loadAtStartup(null);

        assertThat(active.status().version()).isEqualTo(older.version());
        assertThat(active.status().servingLastGoodVersion()).isTrue();
        assertThat(active.status().problems()).singleElement().asString().startsWith(knowledgeBase.resolve("thresholds.yaml") + ":");
    }

    @Test
    void versionIsTheSameInAnyFolder() throws IOException {
        Path rules = ContentFolders.copy(Path.of("rules"), content.resolve("elsewhere/drl"));
        Path knowledgeBase = ContentFolders.copy(Path.of("knowledge-base"), content.resolve("elsewhere/kb"));

        assertThat(ContentFiles.read(rules, knowledgeBase).version())
                .isEqualTo(ContentFiles.read(Path.of("rules"), Path.of("knowledge-base")).version());
    }

    @Test
    void twoHundredReloadsDoNotGrowTheHeap() throws IOException {
        Path rules = ContentFolders.copy(Path.of("rules"), content.resolve("rules"));
        Path knowledgeBase = ContentFolders.copy(Path.of("knowledge-base"), content.resolve("knowledge-base"));
        ActiveKnowledgeBase active = activeKnowledgeBase(rules, knowledgeBase);
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

    private ActiveKnowledgeBase activeKnowledgeBase(Path rules, Path knowledgeBase) {
        return new ActiveKnowledgeBase(new KnowledgeBaseLoader(new DroolsRuleBaseCompiler()),
                config(rules, knowledgeBase, restoreFolder), kept);
    }

    /** Versions kept in memory, the last kept first; the service keeps them in the database (StoredVersions). */
    private static final class KeptVersions implements VersionHistory {

        private final Map<String, ContentFiles> versions = new LinkedHashMap<>();

        void keep(ContentFiles files) {
            versions.remove(files.version());
            versions.put(files.version(), files);
        }

        @Override
        public void activated(KnowledgeBase knowledgeBase) {
            keep(knowledgeBase.content());
        }

        @Override
        public List<String> mostRecentlyActive(int limit) {
            List<String> newestFirst = new ArrayList<>(versions.keySet());
            Collections.reverse(newestFirst);
            return newestFirst.subList(0, Math.min(limit, newestFirst.size()));
        }

        @Override
        public Optional<ContentFiles> files(String version) {
            return Optional.ofNullable(versions.get(version));
        }
    }

    private static ContentConfig config(Path rules, Path knowledgeBase, Path restoreFolder) {
        return new ContentConfig() {
            @Override
            public Path restoreFolder() {
                return restoreFolder;
            }

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
