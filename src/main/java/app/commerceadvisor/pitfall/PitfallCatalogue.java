package app.commerceadvisor.pitfall;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The pitfalls of {@code knowledge-base/pitfalls.yaml}, in the order trainers listed them. */
public final class PitfallCatalogue {

    private final Map<String, Pitfall> byId = new LinkedHashMap<>();
    private final Map<String, Integer> positions = new LinkedHashMap<>();

    public PitfallCatalogue(List<Pitfall> pitfalls) {
        for (Pitfall pitfall : pitfalls) {
            positions.putIfAbsent(pitfall.id(), positions.size());
            byId.putIfAbsent(pitfall.id(), pitfall);
        }
    }

    public Optional<Pitfall> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The position of a pitfall in the catalogue, used to order findings of equal severity. */
    public int position(String id) {
        return positions.getOrDefault(id, Integer.MAX_VALUE);
    }

    public List<Pitfall> all() {
        return List.copyOf(byId.values());
    }
}
