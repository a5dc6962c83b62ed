package app.commerceadvisor.followup;

import static org.assertj.core.api.Assertions.assertThat;

import app.commerceadvisor.assessment.Assessor;
import app.commerceadvisor.engine.DroolsRuleBaseCompiler;
import app.commerceadvisor.followup.FollowUp.QuestionToAsk;
import app.commerceadvisor.knowledge.KnowledgeBase;
import app.commerceadvisor.knowledge.KnowledgeBaseLoader;
import app.commerceadvisor.knowledge.scenario.ScenarioReader;
import app.commerceadvisor.knowledge.scenario.ScenarioReader.ScenarioFile;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The interview on every merchant of {@code knowledge-base/scenarios/}: one question at a time, always the
 * most decisive next, answered as the merchant answered it (a question the merchant left blank is
 * skipped), until no answer to the questions left could change a finding. It must reach the findings of
 * the whole questionnaire; how many questions it needed is printed for the record.
 */
class InterviewOnScenariosTest {

    private static KnowledgeBase knowledgeBase;

    @BeforeAll
    static void load() {
        knowledgeBase = new KnowledgeBaseLoader(new DroolsRuleBaseCompiler()).load(Path.of("rules"), Path.of("knowledge-base"));
    }

    @AfterAll
    static void close() {
        knowledgeBase.rules().close();
    }

    @Test
    void interviewReachesTheFindingsOfTheWholeQuestionnaireOnEveryScenario() {
        List<String> missed = new ArrayList<>();
        int asked = 0;
        int answered = 0;
        int shown = 0;
        List<ScenarioFile> scenarios = ScenarioReader.read(Path.of("knowledge-base", "scenarios"), knowledgeBase.pitfalls());
        for (ScenarioFile file : scenarios) {
            Map<String, JsonNode> full = file.scenario().answers();
            Set<String> expected = Assessor.probe(knowledgeBase, full).pitfalls();
            long start = System.nanoTime();
            Interview interview = interview(full, file.scenario().language());
            System.out.printf(Locale.ROOT, "[interview] %s: %d questions asked, %d answered in the scenario (%d ms)%n",
                    file.file().getFileName(), interview.asked(), full.values().stream().filter(value -> !blank(value)).count(),
                    (System.nanoTime() - start) / 1_000_000);
            Set<String> reached = Assessor.probe(knowledgeBase, interview.answers()).pitfalls();
            if (!reached.equals(expected)) {
                missed.add(file.file().getFileName() + ": whole questionnaire " + expected + ", interview " + reached
                        + " after " + interview.asked() + " questions");
            }
            asked += interview.asked();
            answered += (int) full.values().stream().filter(value -> !blank(value)).count();
            shown += full.size() + Assessor.probe(knowledgeBase, full).unanswered().size();
        }
        System.out.printf(Locale.ROOT, "[interview] %d scenarios: %.1f questions asked on average, against %.1f the "
                        + "merchants answered and %.1f the questionnaire showed them (%d questions in all)%n",
                scenarios.size(), asked / (double) scenarios.size(), answered / (double) scenarios.size(),
                shown / (double) scenarios.size(), knowledgeBase.questionnaire().questions().size());
        assertThat(missed).as("scenarios where the interview ends with other findings").isEmpty();
    }

    /** An answer the merchant left blank, as the service reads it: missing, null, "" or []. */
    private static boolean blank(JsonNode answer) {
        return answer == null || answer.isNull() || (answer.isTextual() && answer.asText().isBlank())
                || (answer.isArray() && answer.isEmpty());
    }

    private record Interview(Map<String, JsonNode> answers, int asked) {
    }

    private static Interview interview(Map<String, JsonNode> merchant, String language) {
        FollowUpFinder finder = new FollowUpFinder(knowledgeBase, language);
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        Set<String> skipped = new LinkedHashSet<>();
        int asked = 0;
        for (Optional<QuestionToAsk> next = finder.next(answers, skipped, language); next.isPresent();
                next = finder.next(answers, skipped, language)) {
            String question = next.get().question();
            asked++;
            JsonNode answer = merchant.get(question);
            if (blank(answer)) {
                skipped.add(question);
            } else {
                answers.put(question, answer);
            }
        }
        return new Interview(answers, asked);
    }
}
