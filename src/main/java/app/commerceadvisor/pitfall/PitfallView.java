package app.commerceadvisor.pitfall;

import app.commerceadvisor.knowledge.KnowledgeBase;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** A pitfall of the catalogue in one language, as the API lists it. */
public record PitfallView(
        String id,
        String area,
        String severity,
        String urgency,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        String rootCause,
        String title,
        String explanation,
        String recommendation,
        List<SourceView> sources) {

    static PitfallView of(Pitfall pitfall, KnowledgeBase knowledgeBase, String language) {
        return new PitfallView(pitfall.id(), pitfall.area(), pitfall.severity().id(), pitfall.urgency().id(),
                pitfall.rootCause(), pitfall.title().in(language), pitfall.explanation().in(language),
                pitfall.recommendation().in(language),
                pitfall.sources().stream().map(source -> SourceView.of(source, knowledgeBase, language)).toList());
    }
}
