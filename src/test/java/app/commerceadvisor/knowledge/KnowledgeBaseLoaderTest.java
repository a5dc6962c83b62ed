package app.commerceadvisor.knowledge;

import app.commerceadvisor.pitfall.Pitfall;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.commerceadvisor.engine.DroolsRuleBaseCompiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loads copies of the real rules/ and knowledge-base/ folders, some of them broken on purpose. */
class KnowledgeBaseLoaderTest {

    private final KnowledgeBaseLoader loader = new KnowledgeBaseLoader(new DroolsRuleBaseCompiler());

    @TempDir
    Path workspace;

    private Path rules;
    private Path knowledgeBase;

    @BeforeEach
    void copyRealContent() throws IOException {
        rules = ContentFolders.copy(Path.of("rules"), workspace.resolve("rules"));
        knowledgeBase = ContentFolders.copy(Path.of("knowledge-base"), workspace.resolve("knowledge-base"));
    }

    @Test
    void realContentLoadsWithEveryPitfallDiagnosedByARule() {
        KnowledgeBase loaded = loader.load(rules, knowledgeBase);

        assertThat(loaded.rules().pitfalls()).containsExactlyInAnyOrderElementsOf(
                loaded.pitfalls().all().stream().map(Pitfall::id).toList());
        assertThat(loaded.thresholds()).extracting(ThresholdDefinition::id).contains("thin-margin-percent");
        assertThat(loaded.pitfalls().all()).allSatisfy(pitfall -> {
            assertThat(pitfall.sources()).isNotEmpty();
            assertThat(pitfall.title().missing(loaded.questionnaire().languages())).isEmpty();
        });
        assertThat(loaded.version()).matches("sha256:[0-9a-f]{64}");
    }

    @Test
    void versionIsTheSameForTheSameContentAndChangesWithAnyFile() throws IOException {
        String before = loader.load(rules, knowledgeBase).version();
        assertThat(loader.load(rules, knowledgeBase).version()).isEqualTo(before);

        Files.writeString(knowledgeBase.resolve("pitfalls/01-sales-logic.yaml"), "\n# a trainer's note\n", java.nio.file.StandardOpenOption.APPEND);

        assertThat(loader.load(rules, knowledgeBase).version()).isNotEqualTo(before);
    }

    @Test
    void ruleNamingAnUnknownPitfallIsReportedAtItsLineAndThePitfallItMeantAtItsEntry() throws IOException {
        replace(rules.resolve("team-and-content.drl"), "@pitfall(\"missing-content-talent\")", "@pitfall(\"missing-content-talnt\")");
        int line = lineOf(rules.resolve("team-and-content.drl"), "missing-content-talnt");
        Path catalogue = knowledgeBase.resolve("pitfalls/02-team-and-content.yaml");
        int entry = lineOf(catalogue, "id: missing-content-talent");

        assertThatThrownBy(() -> loader.load(rules, knowledgeBase))
                .isInstanceOfSatisfying(KnowledgeBaseException.class, e ->
                        assertThat(e.problems()).containsExactly(
                                new ContentProblem(rules.resolve("team-and-content.drl").toString(), line,
                                        "pitfall 'missing-content-talnt' is not in the pitfall catalogue (knowledge-base/pitfalls/)"),
                                new ContentProblem(catalogue.toString(), entry,
                                        "pitfall 'missing-content-talent' is named by no rule (no @pitfall(\"missing-content-talent\") "
                                                + "in rules/), so it is never reported")));
    }

    @Test
    void ruleNamingAnUnknownQuestionIsReportedAtItsLine() throws IOException {
        replace(rules.resolve("sales-logic.drl"), "question == \"creator-holds-goods\"", "question == \"holds-goods\"");
        int line = lineOf(rules.resolve("sales-logic.drl"), "\"holds-goods\"");

        assertThatThrownBy(() -> loader.load(rules, knowledgeBase))
                .isInstanceOfSatisfying(KnowledgeBaseException.class, e ->
                        assertThat(e.problems()).containsExactly(new ContentProblem(
                                rules.resolve("sales-logic.drl").toString(), line,
                                "question 'holds-goods' is not in the questionnaire")));
    }

    @Test
    void ruleNamingAnUnknownThresholdIsReportedAtItsLine() throws IOException {
        replace(rules.resolve("channels.drl"), "Threshold(name == \"thin-margin-percent\"", "Threshold(name == \"thin-margin\"");
        int line = lineOf(rules.resolve("channels.drl"), "Threshold(name == \"thin-margin\"");

        assertThatThrownBy(() -> loader.load(rules, knowledgeBase))
                .isInstanceOfSatisfying(KnowledgeBaseException.class, e ->
                        assertThat(e.problems()).containsExactly(new ContentProblem(
                                rules.resolve("channels.drl").toString(), line,
                                "threshold 'thin-margin' is not in thresholds.yaml")));
    }

    @Test
    void ruleThatWouldTakeASkippedQuestionForNoIsRefusedAtItsLine() throws IOException {
        replace(rules.resolve("team-and-content.drl"), "    Answer(question == \"content-lead\", choice == \"no\")",
                "    not Answer(question == \"content-lead\", choice == \"yes\")");
        int line = lineOf(rules.resolve("team-and-content.drl"), "not Answer(");

        assertThatThrownBy(() -> loader.load(rules, knowledgeBase))
                .isInstanceOfSatisfying(KnowledgeBaseException.class, e ->
                        assertThat(e.problems()).singleElement().satisfies(problem -> {
                            assertThat(problem.file()).isEqualTo(rules.resolve("team-and-content.drl").toString());
                            assertThat(problem.line()).isEqualTo(line);
                            assertThat(problem.message()).contains("a blank answer would count as 'no'");
                        }));
    }

    @Test
    void ruleFileThatDoesNotCompileIsReportedTogetherWithUnknownQuestions() throws IOException {
        Path supply = rules.resolve("supply-chain-and-service.drl");
        replace(supply, "choice == \"frequent-problems\")", "choice == \"frequent-problems\"");
        replace(supply, "question == \"customer-service\"", "question == \"customer-servce\"");
        int typo = lineOf(supply, "customer-servce");
        int unclosed = lineOf(supply, "choice == \"frequent-problems\"");

        assertThatThrownBy(() -> loader.load(rules, knowledgeBase))
                .isInstanceOfSatisfying(KnowledgeBaseException.class, e -> {
                    assertThat(e.problems()).contains(new ContentProblem(supply.toString(), unclosed,
                            "`Answer(` is never closed: a `)` is missing before line " + (unclosed + 1)));
                    assertThat(e.problems()).contains(new ContentProblem(supply.toString(), typo,
                            "question 'customer-servce' is not in the questionnaire"));
                });
    }

    @Test
    void conditionOnAQuestionAskedLaterIsRefused() throws IOException {
        Path questionnaire = knowledgeBase.resolve("questionnaire.yaml");
        replace(questionnaire, "showIf: {question: high-views-no-sales, oneOf: [\"yes\"]}",
                "showIf: {question: brand-assets, oneOf: [strong]}");
        int line = lineOf(questionnaire, "id: views-without-sales-explained");

        assertThatThrownBy(() -> loader.load(rules, knowledgeBase))
                .isInstanceOfSatisfying(KnowledgeBaseException.class, e ->
                        assertThat(e.problems()).containsExactly(new ContentProblem(questionnaire.toString(), line,
                                "question 'views-without-sales-explained' showIf: 'brand-assets' must be a question asked earlier in the questionnaire")));
    }

    @Test
    void conditionOnAnAnswerTheQuestionDoesNotHaveIsRefused() throws IOException {
        Path questionnaire = knowledgeBase.resolve("questionnaire.yaml");
        replace(questionnaire, "showIf: {question: growth-levers, oneOf: [live-streaming]}\n        text: {en: \"Before",
                "showIf: {question: growth-levers, oneOf: [live-shows]}\n        text: {en: \"Before");

        assertThatThrownBy(() -> loader.load(rules, knowledgeBase))
                .isInstanceOfSatisfying(KnowledgeBaseException.class, e ->
                        assertThat(e.problems()).extracting(ContentProblem::message).containsExactly(
                                "question 'live-warm-up' showIf: 'live-shows' is not an answer of 'growth-levers'"));
    }

    @Test
    void thresholdWithoutValueIsRefused() throws IOException {
        replace(knowledgeBase.resolve("thresholds.yaml"), "    value: 30\n", "");

        assertThatThrownBy(() -> loader.load(rules, knowledgeBase))
                .isInstanceOfSatisfying(KnowledgeBaseException.class, e ->
                        assertThat(e.problems()).extracting(ContentProblem::message)
                                .containsExactly("threshold 'sku-sprawl-count': value is missing"));
    }

    @Test
    void misspelledFieldInAKnowledgeBaseFileIsReportedWithFileAndLine() throws IOException {
        Path pitfalls = knowledgeBase.resolve("pitfalls/03-channels-and-traffic.yaml");
        replace(pitfalls, "    severity: medium\n    urgency: over-time\n    title:\n      en: Live streams",
                "    severty: medium\n    urgency: over-time\n    title:\n      en: Live streams");
        int line = lineOf(pitfalls, "severty");

        assertThatThrownBy(() -> loader.load(rules, knowledgeBase))
                .isInstanceOfSatisfying(KnowledgeBaseException.class, e ->
                        assertThat(e.problems()).singleElement().satisfies(problem -> {
                            assertThat(problem.file()).isEqualTo(pitfalls.toString());
                            assertThat(problem.line()).isEqualTo(line);
                            assertThat(problem.message()).contains("unknown field 'severty'").contains("severity");
                        }));
    }

    @Test
    void pitfallWithoutAChineseTextIsReportedAtThePitfall() throws IOException {
        Path pitfalls = knowledgeBase.resolve("pitfalls/02-team-and-content.yaml");
        replace(pitfalls, "      zh: 团队缺少能主导内容的人\n", "");
        int line = lineOf(pitfalls, "id: missing-content-talent");

        assertThatThrownBy(() -> loader.load(rules, knowledgeBase))
                .isInstanceOfSatisfying(KnowledgeBaseException.class, e ->
                        assertThat(e.problems()).containsExactly(new ContentProblem(
                                pitfalls.toString(), line, "pitfall 'missing-content-talent' title is missing in zh")));
    }

    @Test
    void documentWithoutAChineseTitleIsReportedAtTheDocument() throws IOException {
        Path documents = knowledgeBase.resolve("documents.yaml");
        replace(documents, "      zh: 从业者眼中的抖音电商\n", "");
        int line = lineOf(documents, "file: 001_2427d3f73c13ee8a.txt");

        assertThatThrownBy(() -> loader.load(rules, knowledgeBase))
                .isInstanceOfSatisfying(KnowledgeBaseException.class, e ->
                        assertThat(e.problems()).containsExactly(new ContentProblem(
                                documents.toString(), line, "document '001_2427d3f73c13ee8a.txt' title is missing in zh")));
    }

    @Test
    void documentWithoutATitleIsReportedAtTheDocument() throws IOException {
        Path documents = knowledgeBase.resolve("documents.yaml");
        replace(documents, "    title:\n      en: Douyin e-commerce business capability guide\n      zh: 抖音电商经营能力指南\n", "");
        int line = lineOf(documents, "file: 003_0e6a662176973519.txt");

        assertThatThrownBy(() -> loader.load(rules, knowledgeBase))
                .isInstanceOfSatisfying(KnowledgeBaseException.class, e ->
                        assertThat(e.problems()).containsExactly(new ContentProblem(
                                documents.toString(), line, "document '003_0e6a662176973519.txt' title is missing in en, zh")));
    }

    @Test
    void severityWithoutAChineseLabelIsReportedAtTheLabels() throws IOException {
        Path questionnaire = knowledgeBase.resolve("questionnaire.yaml");
        replace(questionnaire, "  medium: {en: \"Medium\", zh: \"中\"}", "  medium: {en: \"Medium\"}");
        int line = lineOf(questionnaire, "severityLabels:");

        assertThatThrownBy(() -> loader.load(rules, knowledgeBase))
                .isInstanceOfSatisfying(KnowledgeBaseException.class, e ->
                        assertThat(e.problems()).containsExactly(new ContentProblem(
                                questionnaire.toString(), line, "severityLabels.medium is missing in zh")));
    }

    @Test
    void reportPhraseWithoutChineseIsReportedAtThePhrases() throws IOException {
        Path questionnaire = knowledgeBase.resolve("questionnaire.yaml");
        String line = Files.readAllLines(questionnaire).stream().filter(text -> text.startsWith("  so: {")).findFirst().orElseThrow();
        replace(questionnaire, line, line.replaceAll(", zh: \"[^\"]*\"", ""));
        int at = lineOf(questionnaire, "reportPhrases:");

        assertThatThrownBy(() -> loader.load(rules, knowledgeBase))
                .isInstanceOfSatisfying(KnowledgeBaseException.class, e ->
                        assertThat(e.problems()).containsExactly(new ContentProblem(
                                questionnaire.toString(), at, "reportPhrases.so is missing in zh")));
    }

    @Test
    void stageFocusNamingAnUnknownStageOrAreaIsReportedAtTheFocus() throws IOException {
        Path questionnaire = knowledgeBase.resolve("questionnaire.yaml");
        replace(questionnaire, "    novice: [channels-and-traffic", "    novce: [channels-and-traffic");
        replace(questionnaire, "    mature: [conversion-and-accumulation]", "    mature: [brand]");
        int at = lineOf(questionnaire, "stageFocus:");

        assertThatThrownBy(() -> loader.load(rules, knowledgeBase))
                .isInstanceOfSatisfying(KnowledgeBaseException.class, e ->
                        assertThat(e.problems()).containsExactlyInAnyOrder(
                                new ContentProblem(questionnaire.toString(), at, "stageFocus.areas names 'novce', which "
                                        + "is not an option of question 'merchant-stage'"),
                                new ContentProblem(questionnaire.toString(), at, "stageFocus.areas names area 'brand', "
                                        + "which no pitfall has")));
    }

    @Test
    void pitfallCitingAnUnlistedDocumentIsRefused() throws IOException {
        replace(knowledgeBase.resolve("pitfalls/01-sales-logic.yaml"), "document: 000_82f6f2aecffdc4f9.txt", "document: 999_unknown.txt");

        assertThatThrownBy(() -> loader.load(rules, knowledgeBase))
                .isInstanceOfSatisfying(KnowledgeBaseException.class, e ->
                        assertThat(e.problems()).extracting(ContentProblem::message)
                                .contains("pitfall 'wrong-sales-logic': source document '999_unknown.txt' is not listed in documents.yaml"));
    }

    @Test
    void brokenRuleAndBrokenYamlAreReportedTogether() throws IOException {
        replace(rules.resolve("channels.drl"), "then\n    insertLogical(new Conclusion(\"no-working-short-video-channel\"));",
                "then\n    insertLogical(new Conclusion(\"no-working-short-video-channel\")))");
        Files.writeString(knowledgeBase.resolve("documents.yaml"), "documents:\n  - file: [unclosed\n");

        assertThatThrownBy(() -> loader.load(rules, knowledgeBase))
                .isInstanceOfSatisfying(KnowledgeBaseException.class, e -> {
                    assertThat(e.problems()).anySatisfy(problem -> {
                        assertThat(problem.file()).endsWith("channels.drl");
                        assertThat(problem.line()).isPositive();
                    });
                    assertThat(e.problems()).anySatisfy(problem -> {
                        assertThat(problem.file()).endsWith("documents.yaml");
                        assertThat(problem.line()).isPositive();
                    });
                });
    }

    @Test
    void pitfallWithoutUrgencyIsReportedAtThePitfall() throws IOException {
        Path pitfalls = knowledgeBase.resolve("pitfalls/04-supply-chain-and-service.yaml");
        int line = lineOf(pitfalls, "id: unstable-suppliers");
        replaceAfter(pitfalls, "id: unstable-suppliers", "    urgency: before-scaling\n", "");

        assertThatThrownBy(() -> loader.load(rules, knowledgeBase))
                .isInstanceOfSatisfying(KnowledgeBaseException.class, e ->
                        assertThat(e.problems()).containsExactly(new ContentProblem(pitfalls.toString(), line,
                                "pitfall 'unstable-suppliers': urgency is missing (this-week, before-scaling or over-time)")));
    }

    @Test
    void rootCauseThatIsNoPitfallOrHasACauseOfItsOwnIsReportedAtThePitfall() throws IOException {
        Path team = knowledgeBase.resolve("pitfalls/02-team-and-content.yaml");
        replace(team, "rootCause: founder-not-mastering-content", "rootCause: founder-not-mastering-contnet");
        replaceAfter(team, "id: unplanned-content", "    rootCause: missing-content-talent\n",
                "    rootCause: unrepeatable-success\n");
        int misspelt = lineOf(team, "id: homogeneous-networking");
        int chained = lineOf(team, "id: unplanned-content");

        assertThatThrownBy(() -> loader.load(rules, knowledgeBase))
                .isInstanceOfSatisfying(KnowledgeBaseException.class, e ->
                        assertThat(e.problems()).containsExactlyInAnyOrder(
                                new ContentProblem(team.toString(), misspelt, "pitfall 'homogeneous-networking': rootCause "
                                        + "'founder-not-mastering-contnet' is not a pitfall of the catalogue"),
                                new ContentProblem(team.toString(), chained, "pitfall 'unplanned-content': rootCause "
                                        + "'unrepeatable-success' has a root cause of its own ('missing-content-talent'); "
                                        + "name that one instead, findings are grouped under one cause")));
    }

    @Test
    void conflictNamingAnUnknownPitfallOrLackingAChineseRewordingIsReportedAtTheConflict() throws IOException {
        Path conflicts = knowledgeBase.resolve("conflicts.yaml");
        replace(conflicts, "    prevails: unstable-suppliers\n", "    prevails: unstable-supplier\n");
        replaceAfter(conflicts, "id: thin-margin-over-more-influencers", "      zh: >-\n", "      sv: >-\n");
        int unknown = lineOf(conflicts, "id: stable-supply-before-boosting-videos");
        int untranslated = lineOf(conflicts, "id: thin-margin-over-more-influencers");

        assertThatThrownBy(() -> loader.load(rules, knowledgeBase))
                .isInstanceOfSatisfying(KnowledgeBaseException.class, e ->
                        assertThat(e.problems()).containsExactlyInAnyOrder(
                                new ContentProblem(conflicts.toString(), unknown, "conflict 'stable-supply-before-boosting-videos': "
                                        + "prevails 'unstable-supplier' is not a pitfall of the catalogue"),
                                new ContentProblem(conflicts.toString(), untranslated, "conflict 'thin-margin-over-more-influencers' "
                                        + "recommendation (the yielding pitfall's advice, reworded) is missing in zh")));
    }

    @Test
    void sourceWithoutQuoteOrTranslatedHeadingIsReportedAtThePitfall() throws IOException {
        Path pitfalls = knowledgeBase.resolve("pitfalls/04-supply-chain-and-service.yaml");
        int line = lineOf(pitfalls, "id: unstable-suppliers");
        replaceAfter(pitfalls, "id: unstable-suppliers", "    sources:\n", """
                    sources:
                      - document: 001_2427d3f73c13ee8a.txt
                        section: "活法做法"
                        sectionTitle:
                          en: "How to make a living"
                """);

        assertThatThrownBy(() -> loader.load(rules, knowledgeBase))
                .isInstanceOfSatisfying(KnowledgeBaseException.class, e ->
                        assertThat(e.problems()).containsExactlyInAnyOrder(
                                new ContentProblem(pitfalls.toString(), line, "pitfall 'unstable-suppliers': source '活法做法' "
                                        + "sectionTitle is missing in zh"),
                                new ContentProblem(pitfalls.toString(), line, "pitfall 'unstable-suppliers': source '活法做法' "
                                        + "has no quote; quote the passage (in the document's language) a reader can verify")));
    }

    @Test
    void ruleWithoutAChineseTitleOrWithAnUnknownUrgencyIsReportedAtTheRule() throws IOException {
        Path supply = rules.resolve("supply-chain-and-service.drl");
        String titleLine = Files.readAllLines(supply).stream()
                .dropWhile(text -> !text.equals("rule \"Suppliers often fail on quality or volume\""))
                .filter(text -> text.strip().startsWith("@title(")).findFirst().orElseThrow();
        replace(supply, titleLine, titleLine.replaceAll(", zh = \"[^\"]*\"", ""));
        replace(supply, "@urgency(\"this-week\")", "@urgency(\"tomorrow\")");
        int untitled = lineOf(supply, "rule \"Suppliers often fail on quality or volume\"");
        int urgent = lineOf(supply, "rule \"Fresh goods facing a burst of orders\"");

        assertThatThrownBy(() -> loader.load(rules, knowledgeBase))
                .isInstanceOfSatisfying(KnowledgeBaseException.class, e ->
                        assertThat(e.problems()).containsExactlyInAnyOrder(
                                new ContentProblem(supply.toString(), untitled, "rule \"Suppliers often fail on quality or volume\" "
                                        + "has no title in zh; participants read it in their report: add e.g. "
                                        + "@title(en = \"...\", zh = \"...\") under the rule's name"),
                                new ContentProblem(supply.toString(), urgent, "rule \"Fresh goods facing a burst of orders\": "
                                        + "@urgency(\"tomorrow\") is not an urgency; use this-week, before-scaling, over-time")));
    }

    /** Replaces the first {@code text} after the line holding {@code anchor}. */
    private static void replaceAfter(Path file, String anchor, String text, String replacement) throws IOException {
        String content = Files.readString(file);
        int from = content.indexOf(anchor);
        assertThat(from).as("the test edits %s at %s", file.getFileName(), anchor).isNotNegative();
        int at = content.indexOf(text, from);
        assertThat(at).as("the test edits %s: %s after %s", file.getFileName(), text, anchor).isNotNegative();
        Files.writeString(file, content.substring(0, at) + replacement + content.substring(at + text.length()));
    }

    private static void replace(Path file, String text, String replacement) throws IOException {
        String content = Files.readString(file);
        assertThat(content).as("the test edits %s", file.getFileName()).contains(text);
        Files.writeString(file, content.replace(text, replacement));
    }

    private static int lineOf(Path file, String text) throws IOException {
        var lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }
}
