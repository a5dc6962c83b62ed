package app.commerceadvisor.knowledge.scenario;

import app.commerceadvisor.pitfall.Severity;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * An example merchant from {@code knowledge-base/scenarios/}: answers as a participant would submit
 * them, and the pitfalls that must and must not be found. Trainers write these; the test suite runs
 * every one through the service.
 */
public record Scenario(String name, String description, String language, Map<String, JsonNode> answers, Expectation expect) {

    public Scenario {
        language = language == null ? "en" : language;
        answers = answers == null ? Map.of() : answers;
        expect = expect == null ? new Expectation(null, null, null) : expect;
    }

    /**
     * {@code fire}: pitfalls that must be found; {@code notFire}: pitfalls that must not be;
     * {@code highestSeverity}: no finding may be more severe than this.
     */
    public record Expectation(List<String> fire, List<String> notFire, Severity highestSeverity) {

        public Expectation {
            fire = fire == null ? List.of() : List.copyOf(fire);
            notFire = notFire == null ? List.of() : List.copyOf(notFire);
        }
    }
}
