package app.commerceadvisor.replay;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Counts, while assessments are replayed one after another, which pitfalls each gains or loses. Its size
 * is bounded whatever the number of assessments: at most {@link #LISTED_IDS} ids are kept per list, the
 * rest only counted.
 */
final class PreviewTally {

    static final int LISTED_IDS = 1000;

    private final Map<String, PitfallCount> pitfalls = new TreeMap<>();
    private final List<NotReplayed> notReplayed = new ArrayList<>();
    private int replayed;
    private int unchanged;
    private int notReplayable;

    /** One assessment replayed: the pitfalls it got when it was made and those it gets from the candidate. */
    void replayed(UUID assessment, Set<String> before, Set<String> after) {
        replayed++;
        if (before.equals(after)) {
            unchanged++;
            return;
        }
        after.stream().filter(pitfall -> !before.contains(pitfall))
                .forEach(pitfall -> count(pitfall).gainedBy.add(assessment));
        before.stream().filter(pitfall -> !after.contains(pitfall))
                .forEach(pitfall -> count(pitfall).lostBy.add(assessment));
    }

    void notReplayable(UUID assessment, String reason) {
        if (notReplayable++ < LISTED_IDS) {
            notReplayed.add(new NotReplayed(assessment, reason));
        }
    }

    Preview preview(String candidateVersion, String activeVersion) {
        return new Preview(candidateVersion, activeVersion, replayed + notReplayable, replayed, unchanged,
                notReplayable, pitfalls.entrySet().stream()
                        .map(entry -> new PitfallChange(entry.getKey(),
                                entry.getValue().gainedBy.count, entry.getValue().lostBy.count,
                                entry.getValue().gainedBy.listed(), entry.getValue().gainedBy.unlisted(),
                                entry.getValue().lostBy.listed(), entry.getValue().lostBy.unlisted()))
                        .toList(),
                List.copyOf(notReplayed), notReplayable - notReplayed.size());
    }

    private PitfallCount count(String pitfall) {
        return pitfalls.computeIfAbsent(pitfall, id -> new PitfallCount());
    }

    private static final class PitfallCount {
        final Ids gainedBy = new Ids();
        final Ids lostBy = new Ids();
    }

    /** The first {@link #LISTED_IDS} ids, and how many there are in all. */
    private static final class Ids {
        private final List<UUID> listed = new ArrayList<>();
        private int count;

        void add(UUID id) {
            if (count++ < LISTED_IDS) {
                listed.add(id);
            }
        }

        List<UUID> listed() {
            return List.copyOf(listed);
        }

        int unlisted() {
            return count - listed.size();
        }
    }
}
