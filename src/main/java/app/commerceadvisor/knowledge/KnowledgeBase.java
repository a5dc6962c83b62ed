package app.commerceadvisor.knowledge;

import app.commerceadvisor.engine.RuleBase;
import app.commerceadvisor.questionnaire.Questionnaire;
import java.time.Instant;
import java.util.List;

/**
 * One consistent version of everything trainers edit: the compiled rules, the questionnaire, the
 * pitfall catalogue and the source documents, identified by a content hash of their files.
 */
public record KnowledgeBase(
        String version,
        RuleBase rules,
        Questionnaire questionnaire,
        PitfallCatalogue pitfalls,
        List<SourceDocument> documents,
        Instant loadedAt) {
}
