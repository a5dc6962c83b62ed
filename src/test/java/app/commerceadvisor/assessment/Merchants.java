package app.commerceadvisor.assessment;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Example merchants' answers for the HTTP tests: the knowledge base's healthy merchant, with answers changed. */
public final class Merchants {

    private Merchants() {
    }

    /** The example merchant of the knowledge base whose answers every test merchant starts from. */
    static final Path HEALTHY_SCENARIO =
            Path.of("knowledge-base", "scenarios", "00-content-merchant-with-nothing-to-fix.yaml");

    /**
     * A merchant who sells through content, has the team and the supply chain for it, and answers every
     * question but the stage (so that no stage advice appears either): no pitfall applies. Its answers
     * are those of {@link #HEALTHY_SCENARIO}, which the scenario test checks on its own, so a question
     * trainers add needs no change here.
     */
    public static Map<String, Object> healthy() {
        return answersOf(HEALTHY_SCENARIO);
    }

    /** The answers of the example merchant in {@code scenario} (a file of {@code knowledge-base/scenarios/}). */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> answersOf(Path scenario) {
        try {
            Map<String, Object> read = new YAMLMapper().readValue(scenario.toFile(), Map.class);
            return new LinkedHashMap<>((Map<String, Object>) read.get("answers"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + scenario, e);
        }
    }

    /** The healthy merchant with some answers changed; {@code null} leaves a question blank. */
    public static Map<String, Object> healthyExcept(Object... questionsAndAnswers) {
        Map<String, Object> answers = healthy();
        for (int i = 0; i < questionsAndAnswers.length; i += 2) {
            answers.put((String) questionsAndAnswers[i], questionsAndAnswers[i + 1]);
        }
        return answers;
    }

    public static Map<String, Object> request(String language, Map<String, Object> answers) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("participant", "shop-42");
        request.put("language", language);
        request.put("answers", answers);
        return request;
    }
}
