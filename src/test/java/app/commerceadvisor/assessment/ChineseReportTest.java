package app.commerceadvisor.assessment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import app.commerceadvisor.knowledge.ActiveKnowledgeBase;
import app.commerceadvisor.knowledge.scenario.ScenarioReader;
import app.commerceadvisor.knowledge.scenario.ScenarioReader.ScenarioFile;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A report in Chinese speaks Chinese in every text of a finding a participant reads: the pitfall's texts,
 * the labels, the titles of the rules that found it, the documents and sections it cites. Every scenario
 * merchant of {@code knowledge-base/scenarios/} is assessed in zh.
 */
@QuarkusTest
class ChineseReportTest {

    /** A word in Latin letters: three or more letters. */
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{3,}");
    /** Names and terms the Chinese sources themselves write in Latin letters. */
    private static final List<String> NAMES = List.of("TikTok", "DOU", "GMV", "GPM", "FABE", "MCN", "OEM", "ODM",
            "FACT", "KOL", "Amazon", "Tmall", "Taobao", "App");

    @Inject
    ActiveKnowledgeBase active;

    @Test
    void everyTextOfAChineseReportAParticipantReadsIsChinese() {
        List<String> english = new ArrayList<>();
        for (ScenarioFile file : ScenarioReader.read(Path.of("knowledge-base", "scenarios"), active.require().pitfalls())) {
            Map<String, Object> request = new LinkedHashMap<>();
            request.put("participant", "zh: " + file.scenario().name());
            request.put("language", "zh");
            request.put("answers", file.scenario().answers());
            JsonPath report = given().contentType(ContentType.JSON).body(request)
                    .when().post("/api/assessments").then().statusCode(201).extract().jsonPath();
            for (String field : List.of("findings.title", "findings.explanation", "findings.recommendation",
                    "findings.severityLabel", "findings.urgencyLabel", "findings.rules.flatten().title",
                    "findings.sources.flatten().title", "findings.sources.flatten().sectionTitle",
                    "findings.evidence.flatten().questionText", "findings.rules.flatten().reasoning.flatten().title",
                    "findings.rules.flatten().how", "head.summary", "head.priorities.title", "head.firstStep.text",
                    "head.strengths.title", "head.notChecked.text")) {
                Object value = report.get(field);
                for (Object text : value == null ? List.of() : value instanceof List<?> list ? list : List.of(value)) {
                    String latin = latinWord(withoutQuotes(String.valueOf(text), report.getList(
                            "findings.sources.flatten().quote", String.class)));
                    if (latin != null) {
                        english.add(file.file().getFileName() + " " + field + ": '" + latin + "' in " + text);
                    }
                }
            }
        }
        assertThat(english).as("English in Chinese reports").isEmpty();
    }

    @Test
    void latinWordsOtherThanNamesAreFound() {
        assertThat(latinWord("先把供应稳住，再用 DOU+ 推广")).isNull();
        assertThat(latinWord("Restocking before a short-video channel works")).isEqualTo("Restocking");
    }

    /** The text without the sources' quotes, which are in the documents' own language by design. */
    private static String withoutQuotes(String text, List<String> quotes) {
        String without = text;
        for (String quote : quotes) {
            without = without.replace(quote, "");
        }
        return without;
    }

    private static String latinWord(String text) {
        Matcher word = LATIN_WORD.matcher(text);
        while (word.find()) {
            if (NAMES.stream().noneMatch(name -> name.equalsIgnoreCase(word.group()))) {
                return word.group();
            }
        }
        return null;
    }
}
