package app.commerceadvisor.pitfall;

import app.commerceadvisor.knowledge.Source;
import java.util.List;

/** A pitfall of the catalogue in one language, as the API lists it. */
public record PitfallView(
        String id,
        String area,
        String severity,
        String title,
        String explanation,
        String recommendation,
        List<Source> sources) {

    static PitfallView of(Pitfall pitfall, String language) {
        return new PitfallView(pitfall.id(), pitfall.area(), pitfall.severity().id(), pitfall.title().in(language),
                pitfall.explanation().in(language), pitfall.recommendation().in(language), pitfall.sources());
    }
}
