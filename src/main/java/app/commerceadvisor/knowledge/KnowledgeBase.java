package app.commerceadvisor.knowledge;

import app.commerceadvisor.pitfall.PitfallCatalogue;
import app.commerceadvisor.engine.RuleBase;
import app.commerceadvisor.engine.Threshold;
import app.commerceadvisor.questionnaire.Questionnaire;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One consistent version of everything trainers edit: the compiled rules, the questionnaire, the
 * pitfall catalogue, the source documents and the thresholds, identified by a content hash of their files,
 * which it keeps ({@link #content()}) so that the version can be stored and restored.
 */
public record KnowledgeBase(
        String version,
        RuleBase rules,
        Questionnaire questionnaire,
        PitfallCatalogue pitfalls,
        List<SourceDocument> documents,
        List<ThresholdDefinition> thresholds,
        Instant loadedAt,
        ContentFiles content) {

    /** The listed document with file name {@code file}, if any. */
    public Optional<SourceDocument> document(String file) {
        return documents.stream().filter(document -> document.file().equals(file)).findFirst();
    }

    /** The thresholds as the facts every evaluation starts with. */
    public List<Threshold> thresholdFacts() {
        return thresholds.stream().map(ThresholdDefinition::fact).toList();
    }
}
