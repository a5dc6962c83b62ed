package app.commerceadvisor.questionnaire;

import java.util.List;
import java.util.Map;

/**
 * Which pitfall areas each stage of a business puts first, as the capability guide gives it: the answer
 * to {@code question} (e.g. {@code merchant-stage}) names the stage, and among findings of equal urgency
 * and severity those of the stage's areas come first.
 */
public record StageFocus(String question, Map<String, List<String>> areas) {

    public StageFocus {
        areas = areas == null ? Map.of() : Map.copyOf(areas);
    }

    /** The areas the stage {@code stage} puts first; none for an unknown or missing stage. */
    public List<String> areasOf(String stage) {
        return stage == null ? List.of() : areas.getOrDefault(stage, List.of());
    }
}
