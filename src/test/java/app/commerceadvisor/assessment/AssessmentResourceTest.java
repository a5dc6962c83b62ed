package app.commerceadvisor.assessment;

import static app.commerceadvisor.assessment.KnowledgeBaseTexts.documentTitle;
import static app.commerceadvisor.assessment.KnowledgeBaseTexts.conflictRecommendation;
import static app.commerceadvisor.assessment.KnowledgeBaseTexts.severityLabel;
import static app.commerceadvisor.assessment.KnowledgeBaseTexts.sourceField;
import static app.commerceadvisor.assessment.KnowledgeBaseTexts.thresholdDescription;
import static app.commerceadvisor.assessment.KnowledgeBaseTexts.urgencyLabel;
import static app.commerceadvisor.assessment.Merchants.healthy;
import static app.commerceadvisor.assessment.Merchants.healthyExcept;
import static app.commerceadvisor.assessment.Merchants.request;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AssessmentResourceTest {

    private static final String SECTION_01 = "01 Fel försäljningslogik: Felidentifiering av kärnförsäljningskanalen";
    private static final Path DOES_NOT_KNOW_WHERE_ORDERS_COME_FROM =
            Path.of("knowledge-base", "scenarios", "13-does-not-know-where-orders-come-from.yaml");
    private static final String SHELF_SELLERS = "000_82f6f2aecffdc4f9.txt";
    private static final String SECTION_02 = "02 Felaktig teamstruktur: Brist på kärninnehållstalang";

    @Test
    void healthyMerchantGetsNoFindings() {
        JsonPath assessment = assess("en", healthy()).jsonPath();

        assertThat(assessment.getList("findings")).isEmpty();
        assertThat(assessment.getList("unanswered", String.class)).contains("merchant-stage")
                .doesNotContainAnyElementsOf(healthy().keySet());
    }

    @Test
    void stageAdviceComesLastAsInformation() {
        JsonPath assessment = assess("en", healthyExcept("merchant-stage", "growth", "content-lead", false)).jsonPath();

        assertThat(assessment.getList("findings.pitfall", String.class))
                .containsExactly("missing-content-talent", "stage-growth-focus");
        assertThat(assessment.getString("findings[1].severity")).isEqualTo("info");
        assertThat(assessment.getList("unanswered", String.class))
                .doesNotContain("merchant-stage").doesNotContainAnyElementsOf(healthy().keySet());
    }

    @Test
    void restockingBeforeAWorkingShortVideoChannelIsWrongSalesLogic() {
        JsonPath assessment = assess("en", healthyExcept(
                "order-channels", List.of("live-streaming", "product-card"),
                "core-channel", "live-streaming")).jsonPath();

        assertThat(assessment.getList("findings.rule", String.class)).containsExactlyInAnyOrder(
                "Restocking before a working short-video channel", "No short-video channel works");
        Map<String, Object> finding = findingOf(assessment, "Restocking before a working short-video channel");
        assertThat(finding).containsEntry("pitfall", "restocking-before-stable-channel").containsEntry("severity", "high");
        assertThat(evidenceQuestions(finding)).containsExactlyInAnyOrder("restocked-after-first-orders", "order-channels");
        assertThat(finding.get("conclusions")).isEqualTo(List.of("no-working-short-video-channel"));
        assertThat(finding.get("sources")).isEqualTo(List.of(source("restocking-before-stable-channel", SECTION_01)));
        assertThat((String) finding.get("title")).isEqualTo("Restocking before a short-video channel works");
        assertThat((String) finding.get("recommendation")).contains("Hold back on stock");
        Map<String, Object> channel = findingOf(assessment, "No short-video channel works");
        assertThat(channel).containsEntry("pitfall", "no-steady-short-video-channel").containsEntry("severity", "high");
        assertThat(channel.get("conclusions")).isEqualTo(List.of("no-working-short-video-channel"));
        assertThat(evidenceQuestions(channel)).containsExactly("order-channels");
    }

    @Test
    void growingThroughSearchTacticsAloneIsWrongSalesLogic() {
        JsonPath assessment = assess("en", healthyExcept(
                "growth-levers", List.of("search-keywords", "store-rating"),
                "live-warm-up", null, "live-setup", null)).jsonPath();

        Map<String, Object> finding = onlyFinding(assessment, "Growth relies on search-shelf tactics");
        assertThat(finding).containsEntry("pitfall", "wrong-sales-logic");
        assertThat(evidence(finding)).singleElement().satisfies(evidence -> {
            assertThat(evidence).containsEntry("question", "growth-levers");
            assertThat(evidence).containsEntry("answer", List.of("search-keywords", "store-rating"));
            assertThat(evidence).containsEntry("answerText",
                    "Search keywords and listing optimisation; Store rating and ranking weight");
        });
    }

    @Test
    void teamWithoutContentLeadIsMissingContentTalent() {
        JsonPath assessment = assess("en", healthyExcept("content-lead", false)).jsonPath();

        Map<String, Object> finding = onlyFinding(assessment, "No one in the team can direct content");
        assertThat(finding).containsEntry("pitfall", "missing-content-talent").containsEntry("severity", "high");
        assertThat(evidence(finding)).singleElement().satisfies(evidence -> {
            assertThat(evidence).containsEntry("question", "content-lead");
            assertThat(evidence).containsEntry("answer", false);
            assertThat(evidence).containsEntry("answerText", "No");
        });
        assertThat(finding.get("conclusions")).isEqualTo(List.of("team-without-content-talent"));
        assertThat(finding.get("sources")).isEqualTo(List.of(source("missing-content-talent", SECTION_02)));
    }

    @Test
    void merchantWhoDoesNotKnowWhereOrdersComeFromHasMisidentifiedChannels() {
        JsonPath assessment = assess("en", healthyExcept(
                "order-channels", List.of("dont-know"), "restocked-after-first-orders", false)).jsonPath();

        Map<String, Object> finding = onlyFinding(assessment, "Merchant does not know which channels bring orders");
        assertThat(finding).containsEntry("pitfall", "misidentified-channels").containsEntry("severity", "medium");
        assertThat(evidenceQuestions(finding)).containsExactly("order-channels");
        assertThat(finding.get("sources")).isEqualTo(List.of(source("misidentified-channels", SECTION_01)));
    }

    @Test
    void pitfallFoundByTwoRulesIsOneFindingWithTheEvidenceOfBoth() {
        // restocked, and answered "I don't know" both for the channels that bring orders and for the core channel
        String id = assess("en", Merchants.answersOf(DOES_NOT_KNOW_WHERE_ORDERS_COME_FROM)).jsonPath().getString("id");
        JsonPath assessment = given().when().get("/api/assessments/" + id).then().statusCode(200).extract().jsonPath();

        List<String> pitfalls = assessment.getList("findings.pitfall", String.class);
        assertThat(pitfalls).containsExactlyInAnyOrder("restocking-before-stable-channel", "misidentified-channels");
        assertThat(StoredRows.findingsOf(id)).isEqualTo(pitfalls.size());

        Map<String, Object> restocking = findingOf(assessment, "Restocking without knowing which channels bring orders");
        assertThat(restocking).containsEntry("pitfall", "restocking-before-stable-channel");
        assertThat(rules(restocking)).extracting(rule -> rule.get("rule")).containsExactly(
                "Restocking without knowing which channels bring orders", "Restocking without knowing the core channel");
        assertThat(questions(rules(restocking).get(0))).containsExactly("restocked-after-first-orders", "order-channels");
        assertThat(questions(rules(restocking).get(1))).containsExactly("restocked-after-first-orders", "core-channel");
        assertThat(evidenceQuestions(restocking))
                .containsExactlyInAnyOrder("restocked-after-first-orders", "order-channels", "core-channel");

        Map<String, Object> channels = findingOf(assessment, "Merchant does not know which channels bring orders");
        assertThat(rules(channels)).extracting(rule -> rule.get("rule")).containsExactly(
                "Merchant does not know which channels bring orders", "Merchant cannot name a core sales channel");
        assertThat(questions(rules(channels).get(0))).containsExactly("order-channels");
        assertThat(questions(rules(channels).get(1))).containsExactly("core-channel");
        assertThat(evidenceQuestions(channels)).containsExactlyInAnyOrder("order-channels", "core-channel");
    }

    @Test
    void believedCoreChannelThatBringsNoOrdersIsMisidentified() {
        JsonPath assessment = assess("en", healthyExcept("core-channel", "paid-campaigns")).jsonPath();

        Map<String, Object> finding = onlyFinding(assessment, "Believed core channel brings no orders");
        assertThat(finding).containsEntry("pitfall", "misidentified-channels");
        assertThat(evidenceQuestions(finding)).containsExactlyInAnyOrder("core-channel", "order-channels");
    }

    @Test
    void blankKeyQuestionsGiveNoMissingFindingsAndAreListedAsUnanswered() {
        Map<String, Object> answers = new HashMap<>(Map.of("restocked-after-first-orders", true, "core-channel", ""));
        answers.put("content-lead", null);
        answers.put("order-channels", List.of());

        JsonPath assessment = assess("en", answers).jsonPath();

        assertThat(assessment.getList("findings")).isEmpty();
        assertThat(assessment.getList("unanswered", String.class))
                .contains("growth-levers", "content-lead", "order-channels", "core-channel")
                .doesNotContain("restocked-after-first-orders");
    }

    @Test
    void questionAskedOnlyAfterAnEarlierAnswerIsUnansweredOnlyWhenAsked() {
        JsonPath withoutLive = assess("en", healthyExcept("growth-levers", List.of("own-short-videos"),
                "live-warm-up", null, "live-setup", null)).jsonPath();
        JsonPath withLive = assess("en", healthyExcept("live-warm-up", null)).jsonPath();

        assertThat(withoutLive.getList("unanswered", String.class)).doesNotContain("live-warm-up", "live-setup");
        assertThat(withLive.getList("unanswered", String.class)).contains("live-warm-up");
    }

    @Test
    void contradictoryAnswersAreReportedInsteadOfResolved() {
        JsonPath assessment = assess("en", healthyExcept(
                "content-lead", false,
                "team-roles", List.of("content-director", "store-operations"))).jsonPath();

        Map<String, Object> finding = onlyFinding(assessment, "Answers disagree about content talent");
        assertThat(finding).containsEntry("pitfall", "contradiction-content-talent");
        assertThat(evidenceQuestions(finding)).containsExactlyInAnyOrder("content-lead", "team-roles");
        assertThat(finding.get("conclusions")).isEqualTo(List.of("content-talent-contradicted"));
    }

    @Test
    void findingShowsTheThresholdsItComparedWith() {
        JsonPath assessment = assess("en", healthyExcept("gross-margin", 15, "influencer-commission", 10)).jsonPath();

        Map<String, Object> finding = onlyFinding(assessment, "Influencer commission takes a large share of a thin margin");
        assertThat(finding).containsEntry("pitfall", "commissions-eat-thin-margin");
        assertThat(evidenceQuestions(finding)).containsExactlyInAnyOrder("gross-margin", "influencer-commission");
        assertThat(finding.get("thresholds")).isEqualTo(List.of(
                Map.of("name", "thin-margin-percent", "value", 20.0f, "unit", "percent",
                        "description", thresholdDescription("thin-margin-percent", "en")),
                Map.of("name", "commission-share-of-margin", "value", 0.5f, "unit", "ratio",
                        "description", thresholdDescription("commission-share-of-margin", "en"))));
        assertThat(thresholdDescription("thin-margin-percent", "en")).contains("the product's rule of thumb");
    }

    @Test
    @SuppressWarnings("unchecked")
    void chainedFindingNamesEveryRuleInOrderAndTellsItWithTheMerchantsFigures() {
        JsonPath assessment = assess("en", healthyExcept("gross-margin", 15, "influencer-commission", 10)).jsonPath();

        Map<String, Object> rule = ((List<Map<String, Object>>) onlyFinding(assessment,
                "Influencer commission takes a large share of a thin margin").get("rules")).get(0);
        List<Map<String, Object>> reasoning = (List<Map<String, Object>>) rule.get("reasoning");
        assertThat(reasoning).extracting(step -> step.get("rule"))
                .containsExactly("Thin margin", "Influencer commission takes a large share of a thin margin");
        assertThat(reasoning.get(0)).containsEntry("concludes", "thin-margin");
        assertThat(reasoning.get(1)).containsEntry("uses", List.of("thin-margin")).doesNotContainKey("concludes");
        assertThat(evidence(reasoning.get(0))).extracting(evidence -> evidence.get("question")).containsExactly("gross-margin");
        String how = (String) rule.get("how");
        assertThat(how).contains("”: 15").contains("”: 10").contains("rule of thumb of 20")
                .contains((String) reasoning.get(0).get("title")).contains((String) reasoning.get(1).get("title"))
                .contains(sourceField("commissions-eat-thin-margin", 0, "quote", null));
        assertThat(how.indexOf((String) reasoning.get(0).get("title")))
                .isLessThan(how.indexOf((String) reasoning.get(1).get("title")));
        assertThat(how.split("gross margin of your main product", -1)).as("each answer is told once").hasSize(2);
    }

    @Test
    void commissionAboveAMarginThatIsNotThinIsALossShownInTheMerchantsOwnFigures() {
        JsonPath assessment = assess("en", healthyExcept("gross-margin", 28, "influencer-commission", 30)).jsonPath();

        Map<String, Object> finding = onlyFinding(assessment, "Influencer commission at or above the gross margin");
        assertThat(finding).containsEntry("pitfall", "influencer-orders-at-a-loss").containsEntry("severity", "high");
        assertThat(evidence(finding)).extracting(evidence -> evidence.get("question"), evidence -> evidence.get("answerText"))
                .containsExactlyInAnyOrder(tuple("gross-margin", "28"), tuple("influencer-commission", "30"));
    }

    @Test
    void notKnowingTheChannelsIsNeverTakenAsHavingNoShortVideoChannel() {
        JsonPath assessment = assess("en", healthyExcept("order-channels", List.of("dont-know"))).jsonPath();

        assertThat(assessment.getList("findings.rule", String.class))
                .doesNotContain("Restocking before a working short-video channel");
    }

    @Test
    void findingsComeMostUrgentFirstThenMostSevere() {
        JsonPath assessment = assess("en", healthyExcept(
                "core-channel", "paid-campaigns",
                "content-lead", false,
                "growth-levers", List.of("search-keywords"),
                "live-warm-up", null, "live-setup", null)).jsonPath();

        assertThat(assessment.getList("findings.pitfall", String.class))
                .containsExactly("misidentified-channels", "wrong-sales-logic", "missing-content-talent");
        assertThat(assessment.getList("findings.urgency", String.class))
                .containsExactly("before-scaling", "over-time", "over-time");
        assertThat(assessment.getList("findings.severity", String.class)).containsExactly("medium", "high", "high");
        assertThat(assessment.getList("findings.urgencyLabel", String.class))
                .containsExactly(urgencyLabel("before-scaling", "en"), urgencyLabel("over-time", "en"),
                        urgencyLabel("over-time", "en"));
    }

    @Test
    void stageDecidesWhichOfEquallyPressingFindingsComesFirst() {
        Map<String, Object> answers = Map.of("content-planning", "ad-hoc", "tracked-figures", List.of("gmv"));
        Map<String, Object> exploring = new HashMap<>(answers);
        exploring.put("merchant-stage", "novice");
        Map<String, Object> preparing = new HashMap<>(answers);
        preparing.put("merchant-stage", "preparation");

        List<String> forExploring = assess("en", exploring).jsonPath().getList("findings.pitfall", String.class);
        List<String> forPreparing = assess("en", preparing).jsonPath().getList("findings.pitfall", String.class);

        assertThat(forExploring.subList(0, 2)).as("exploring puts traffic and accumulation first")
                .containsExactly("gmv-only-data", "unplanned-content");
        assertThat(forPreparing.subList(0, 2)).as("preparing: no focus on either, the catalogue's order")
                .containsExactly("unplanned-content", "gmv-only-data");
    }

    @Test
    void aPlannedBurstOfFreshGoodsComesBeforeASevereGapInTheTeam() {
        JsonPath assessment = assess("en", healthyExcept(
                "content-lead", false,
                "product-category", "fresh-perishable",
                "big-event-planned", true,
                "spike-capacity", "partly")).jsonPath();

        List<String> pitfalls = assessment.getList("findings.pitfall", String.class);
        assertThat(pitfalls).contains("missing-content-talent", "perishable-after-sales-risk", "supply-cannot-carry-spike");
        assertThat(pitfalls.indexOf("perishable-after-sales-risk")).isLessThan(pitfalls.indexOf("missing-content-talent"));
        assertThat(pitfalls.indexOf("supply-cannot-carry-spike")).isLessThan(pitfalls.indexOf("missing-content-talent"));
        assertThat(findingOfPitfall(assessment, "perishable-after-sales-risk"))
                .as("the rule's @urgency raises its pitfall's before-scaling").containsEntry("urgency", "this-week");
        assertThat(assessment.getString("findings[0].urgency")).isEqualTo("this-week");
    }

    @Test
    void headPutsTheDatedEventFirstWithOneFirstStepFromItsAdvice() {
        JsonPath assessment = assess("en", healthyExcept(
                "content-lead", false,
                "product-category", "fresh-perishable",
                "big-event-planned", true,
                "spike-capacity", "partly")).jsonPath();

        String first = assessment.getString("head.priorities[0].pitfall");
        assertThat(first).isEqualTo(assessment.getString("findings[0].pitfall"));
        assertThat(assessment.getString("findings[0].urgency")).isEqualTo("this-week");
        assertThat(assessment.getList("head.priorities.pitfall", String.class))
                .as("the dated event before the equally severe gap in the team")
                .containsExactly("perishable-after-sales-risk", "supply-cannot-carry-spike", "missing-content-talent");
        assertThat(assessment.getString("head.firstStep.pitfall")).isEqualTo(first);
        assertThat(assessment.getString("findings[0].recommendation"))
                .startsWith(assessment.getString("head.firstStep.text"));
        assertThat(assessment.getString("head.firstStep.text")).endsWith(".");
        List<String> summary = assessment.getList("head.summary", String.class);
        assertThat(summary).hasSize(3);
        assertThat(summary.get(0)).startsWith("Findings: " + assessment.getList("findings").size() + ".");
        assertThat(summary.get(1)).contains(assessment.getString("findings[0].title"));
    }

    @Test
    void headListsPitfallsCheckedAndClearWithTheAnswersThatClearedThemAndWhatWasLeftBlank() {
        JsonPath checked = assess("en", healthyExcept("content-lead", true)).jsonPath();
        JsonPath blank = assess("en", Map.of("merchant-stage", "novice")).jsonPath();

        Map<String, Object> clear = checked.getMap("head.strengths.find { it.pitfall == 'missing-content-talent' }");
        assertThat(clear).isNotNull();
        assertThat(checked.getList("head.strengths.find { it.pitfall == 'missing-content-talent' }.questions", String.class))
                .as("the questions whose answers cleared it, each answered in the report's answers")
                .contains("content-lead").allSatisfy(question -> assertThat(checked.getMap("answers")).containsKey(question));
        assertThat(checked.getList("head.strengths.pitfall", String.class))
                .as("stage advice and contradictions not given are nothing to praise")
                .isNotEmpty().doesNotContain("stage-novice-focus", "contradiction-content-talent", "contradiction-sales-status");
        assertThat(blank.getList("head.strengths")).isEmpty();
        assertThat(blank.getList("head.notChecked.find { it.question == 'content-lead' }.pitfalls", String.class))
                .contains("missing-content-talent");
        assertThat(blank.getString("head.notChecked.find { it.question == 'content-lead' }.text")).startsWith("Is there someone");
    }

    @Test
    void findingsThatShareARootCauseAreListedRightAfterIt() {
        JsonPath assessment = assess("en", healthyExcept(
                "content-lead", false,
                "success-repeated", "only-same-person",
                "supplier-stability", "frequent-problems")).jsonPath();

        List<String> pitfalls = assessment.getList("findings.pitfall", String.class);
        int cause = pitfalls.indexOf("missing-content-talent");
        assertThat(pitfalls.get(cause + 1)).isEqualTo("unrepeatable-success");
        assertThat(assessment.getString("findings[" + (cause + 1) + "].rootCause")).isEqualTo("missing-content-talent");
        assertThat(assessment.getString("findings[" + cause + "].rootCause")).isNull();
        assertThat(pitfalls.indexOf("unstable-suppliers")).as("before-scaling comes before the over-time group")
                .isLessThan(cause);
    }

    @Test
    void recommendationThatContradictsOneThatAppliesIsReworded() {
        Map<String, Object> boostOnly = healthyExcept("order-channels", List.of("own-short-videos"),
                "boosts-winning-videos", false);
        Map<String, Object> boostWithWobblySupply = new HashMap<>(boostOnly);
        boostWithWobblySupply.put("supplier-stability", "frequent-problems");

        Map<String, Object> alone = findingOfPitfall(assess("en", boostOnly).jsonPath(), "no-amplification");
        Map<String, Object> reworded = findingOfPitfall(assess("en", boostWithWobblySupply).jsonPath(), "no-amplification");

        assertThat(alone).doesNotContainKey("recommendationYieldsTo");
        assertThat(reworded).containsEntry("recommendationYieldsTo", "unstable-suppliers");
        assertThat(reworded.get("recommendation")).isNotEqualTo(alone.get("recommendation"))
                .isEqualTo(conflictRecommendation("stable-supply-before-boosting-videos", "en"));
    }

    @Test
    void reportIsWrittenInTheRequestedLanguage() {
        JsonPath assessment = assess("zh", healthyExcept("content-lead", false)).jsonPath();

        assertThat(assessment.getString("findings[0].title")).isEqualTo("团队缺少能主导内容的人");
        assertThat(assessment.getString("findings[0].evidence[0].answerText")).isEqualTo("否");
        assertThat(assessment.getString("findings[0].evidence[0].questionText")).startsWith("团队里有没有");
    }

    @Test
    void sourcesShowTheDocumentsTitleAndFindingsTheSeverityInTheReportsLanguage() {
        for (String language : List.of("en", "zh")) {
            Map<String, Object> finding = onlyFinding(assess(language, healthyExcept("content-lead", false)).jsonPath(),
                    "No one in the team can direct content");

            assertThat(finding).as(language).containsEntry("severity", "high")
                    .containsEntry("severityLabel", severityLabel("high", language));
            assertThat(finding.get("sources")).as(language).isEqualTo(List.of(Map.of("document", SHELF_SELLERS,
                    "section", SECTION_02, "title", documentTitle(SHELF_SELLERS, language),
                    "sectionTitle", sourceField("missing-content-talent", 0, "sectionTitle", language),
                    "quote", sourceField("missing-content-talent", 0, "quote", null))));
        }
        assertThat(documentTitle(SHELF_SELLERS, "zh")).isNotEqualTo(documentTitle(SHELF_SELLERS, "en"));
        assertThat(severityLabel("high", "zh")).isNotEqualTo(severityLabel("high", "en"));
        assertThat(sourceField("missing-content-talent", 0, "sectionTitle", "zh"))
                .isNotEqualTo(sourceField("missing-content-talent", 0, "sectionTitle", "en"));
    }

    @Test
    void everyRuleOfAFindingShowsItsTitleInTheReportsLanguage() {
        Map<String, Object> english = onlyFinding(assess("en", healthyExcept("content-lead", false)).jsonPath(),
                "No one in the team can direct content");
        Map<String, Object> chinese = onlyFinding(assess("zh", healthyExcept("content-lead", false)).jsonPath(),
                "No one in the team can direct content");

        @SuppressWarnings("unchecked")
        Map<String, Object> rule = ((List<Map<String, Object>>) chinese.get("rules")).get(0);
        @SuppressWarnings("unchecked")
        Map<String, Object> englishRule = ((List<Map<String, Object>>) english.get("rules")).get(0);
        assertThat(rule).containsEntry("rule", "No one in the team can direct content");
        assertThat((String) rule.get("title")).isNotBlank().isNotEqualTo(englishRule.get("title"))
                .matches(".*\\p{IsHan}.*");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everySourceOfAFindingHasATitleAndEveryFindingASeverityLabel() {
        List<Map<String, Object>> findings = assess("zh", healthyExcept(
                "order-channels", List.of("live-streaming", "product-card"), "core-channel", "live-streaming",
                "content-lead", false)).jsonPath().getList("findings");

        assertThat(findings).isNotEmpty().allSatisfy(finding -> {
            assertThat(finding.get("severityLabel")).isEqualTo(severityLabel((String) finding.get("severity"), "zh"));
            assertThat((List<Map<String, Object>>) finding.get("sources")).isNotEmpty().allSatisfy(source ->
                    assertThat(source.get("title")).isEqualTo(documentTitle((String) source.get("document"), "zh")));
        });
    }

    @Test
    void storedAssessmentReadsBackIdentical() {
        ExtractableResponse<Response> created = assess("en", healthyExcept(
                "content-lead", false, "order-channels", List.of("dont-know"), "restocked-after-first-orders", false,
                "team-size", 2.5));
        String id = created.jsonPath().getString("id");

        ExtractableResponse<Response> read = given()
                .when().get(created.header("Location"))
                .then().statusCode(200).contentType(ContentType.JSON)
                .extract();

        assertThat(created.header("Location")).endsWith("/api/assessments/" + id);
        Map<String, Object> original = created.jsonPath().getMap("");
        assertThat(read.jsonPath().getMap("")).isEqualTo(original);
        assertThat(created.jsonPath().getList("findings")).hasSize(2);
        assertThat(original).containsEntry("participant", "shop-42").containsEntry("language", "en");
        assertThat((String) original.get("knowledgeBaseVersion")).matches("sha256:[0-9a-f]{64}");
    }

    @Test
    void assessmentIsStoredBeforeTheAnswerIsSent() {
        long before = StoredRows.assessments();

        String id = assess("en", healthyExcept("content-lead", false)).jsonPath().getString("id");

        assertThat(StoredRows.assessments()).isEqualTo(before + 1);
        assertThat(StoredRows.findingsOf(id)).isEqualTo(1);
    }

    @Test
    void unknownAssessmentIsNotFoundAsProblem() {
        for (String id : Arrays.asList("00000000-0000-0000-0000-000000000000", "not-a-uuid")) {
            given()
                    .when().get("/api/assessments/" + id)
                    .then().statusCode(404)
                    .contentType("application/problem+json")
                    .body("status", equalTo(404))
                    .body("detail", equalTo("no assessment with id '" + id + "'"))
                    .body("instance", equalTo("/api/assessments/" + id));
        }
    }

    @Test
    void createdAssessmentHasIdAndTimestamp() {
        given().contentType(ContentType.JSON).body(request("en", healthy()))
                .when().post("/api/assessments")
                .then().statusCode(201)
                .body("id", matchesPattern("[0-9a-f-]{36}"))
                .body("createdAt", matchesPattern("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z"))
                .body("findings", empty());
    }

    static ExtractableResponse<Response> assess(String language, Map<String, Object> answers) {
        return given()
                .contentType(ContentType.JSON)
                .body(request(language, answers))
                .when().post("/api/assessments")
                .then().statusCode(201).contentType(ContentType.JSON)
                .extract();
    }

    private static Map<String, Object> findingOf(JsonPath assessment, String rule) {
        List<Map<String, Object>> findings = assessment.getList("findings");
        return findings.stream().filter(finding -> rule.equals(finding.get("rule"))).findFirst()
                .orElseThrow(() -> new AssertionError("no finding of rule " + rule + " in " + findings));
    }

    /** The first source of {@code pitfall}, a section of the shelf sellers' document, as an English report shows it. */
    private static Map<String, Object> source(String pitfall, String section) {
        return Map.of("document", SHELF_SELLERS, "section", section, "title", documentTitle(SHELF_SELLERS, "en"),
                "sectionTitle", sourceField(pitfall, 0, "sectionTitle", "en"), "quote", sourceField(pitfall, 0, "quote", null));
    }

    private static Map<String, Object> findingOfPitfall(JsonPath assessment, String pitfall) {
        List<Map<String, Object>> findings = assessment.getList("findings");
        return findings.stream().filter(finding -> pitfall.equals(finding.get("pitfall"))).findFirst()
                .orElseThrow(() -> new AssertionError(pitfall + " not among " + assessment.getList("findings.pitfall")));
    }

    private static Map<String, Object> onlyFinding(JsonPath assessment, String rule) {
        List<Map<String, Object>> findings = assessment.getList("findings");
        assertThat(findings).extracting(finding -> finding.get("rule")).containsExactly(rule);
        return findings.get(0);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> evidence(Map<String, Object> finding) {
        return (List<Map<String, Object>>) finding.get("evidence");
    }

    private static List<Object> evidenceQuestions(Map<String, Object> finding) {
        return evidence(finding).stream().map(evidence -> evidence.get("question")).toList();
    }

    /** The rules that found the finding's pitfall, each with its own evidence. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rules(Map<String, Object> finding) {
        return (List<Map<String, Object>>) finding.get("rules");
    }

    @SuppressWarnings("unchecked")
    private static List<Object> questions(Map<String, Object> rule) {
        return ((List<Map<String, Object>>) rule.get("evidence")).stream().map(evidence -> evidence.get("question")).toList();
    }
}
