package app.commerceadvisor.pitfall;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pitfalls of {@code knowledge-base/pitfalls/}, in the order trainers listed them, and the conflicts
 * between their recommendations of {@code knowledge-base/conflicts.yaml}.
 */
public final class PitfallCatalogue {

    private final Map<String, Pitfall> byId = new LinkedHashMap<>();
    private final Map<String, Integer> positions = new LinkedHashMap<>();
    private final List<RecommendationConflict> conflicts;

    public PitfallCatalogue(List<Pitfall> pitfalls) {
        this(pitfalls, List.of());
    }

    public PitfallCatalogue(List<Pitfall> pitfalls, List<RecommendationConflict> conflicts) {
        for (Pitfall pitfall : pitfalls) {
            positions.putIfAbsent(pitfall.id(), positions.size());
            byId.putIfAbsent(pitfall.id(), pitfall);
        }
        this.conflicts = List.copyOf(conflicts);
    }

    public Optional<Pitfall> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The position of a pitfall in the catalogue, used to order findings of equal urgency and severity. */
    public int position(String id) {
        return positions.getOrDefault(id, Integer.MAX_VALUE);
    }

    public List<Pitfall> all() {
        return List.copyOf(byId.values());
    }

    public List<RecommendationConflict> conflicts() {
        return conflicts;
    }

    /**
     * The conflict that rewords the recommendation of {@code pitfall} for a merchant with the pitfalls
     * {@code found}: the first in the file that arises among them, if any.
     */
    public Optional<RecommendationConflict> yieldingConflict(String pitfall, Collection<String> found) {
        return conflicts.stream()
                .filter(conflict -> conflict.yields().equals(pitfall) && conflict.arisesAmong(found))
                .findFirst();
    }
}
