package app.commerceadvisor.pitfall;

import app.commerceadvisor.knowledge.LocalizedText;
import java.util.Collection;
import java.util.List;

/**
 * Two recommendations that contradict each other when both pitfalls are found for one merchant, and how
 * the knowledge base resolves it ({@code knowledge-base/conflicts.yaml}): the recommendation of
 * {@code prevails} applies to this merchant and stands; that of {@code yields} is shown reworded as
 * {@code recommendation}, so that the report never gives both pieces of advice. {@code alsoFound} narrows
 * the conflict to merchants for whom those pitfalls are found as well.
 */
public record RecommendationConflict(
        String id,
        String prevails,
        String yields,
        List<String> alsoFound,
        LocalizedText recommendation,
        String reason) {

    public RecommendationConflict {
        alsoFound = alsoFound == null ? List.of() : List.copyOf(alsoFound);
    }

    /** Whether the conflict arises among {@code found}, the pitfalls found for one merchant. */
    public boolean arisesAmong(Collection<String> found) {
        return found.contains(prevails) && found.contains(yields) && found.containsAll(alsoFound);
    }
}
