package app.commerceadvisor.knowledge;

import app.commerceadvisor.engine.Threshold;
import java.util.List;

/**
 * A figure rules compare answers with, kept in {@code knowledge-base/thresholds.yaml} so trainers can
 * change it: where a source document gives the figure it is cited, otherwise {@code description} says
 * why the value was chosen.
 */
public record ThresholdDefinition(String id, Double value, String unit, LocalizedText description, List<Source> sources) {

    public ThresholdDefinition {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    public Threshold fact() {
        return new Threshold(id, value);
    }
}
