package app.commerceadvisor.assessment;

import app.commerceadvisor.assessment.AssessmentView.FindingView;
import app.commerceadvisor.pitfall.Pitfall;
import app.commerceadvisor.pitfall.PitfallCatalogue;
import app.commerceadvisor.pitfall.Urgency;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The order in which a report lists its findings. The most urgent first (a dated event at risk before a
 * slow-burning gap; a rule's {@code @urgency} can make its finding more urgent than its pitfall), then the
 * most severe, then those of the areas the merchant's stage puts first, then the catalogue's order. A
 * finding whose root cause was found too is listed with it: the cause first, then what follows from it,
 * the group in the place of its most pressing member.
 */
final class FindingOrder {

    private final PitfallCatalogue catalogue;
    private final List<String> focus;

    /** @param focus the pitfall areas the merchant's stage puts first among equally urgent and severe findings */
    FindingOrder(PitfallCatalogue catalogue, List<String> focus) {
        this.catalogue = catalogue;
        this.focus = focus;
    }

    List<FindingView> order(List<FindingView> findings) {
        Comparator<FindingView> pressing = Comparator
                .comparing((FindingView finding) -> Urgency.of(finding.urgency()))
                .thenComparing(finding -> pitfall(finding).severity())
                .thenComparing(finding -> !focus.contains(pitfall(finding).area()))
                .thenComparingInt(finding -> catalogue.position(finding.pitfall()));
        Set<String> found = findings.stream().map(FindingView::pitfall).collect(Collectors.toSet());
        Map<String, List<FindingView>> groups = new LinkedHashMap<>();
        for (FindingView finding : findings.stream().sorted(pressing).toList()) {
            groups.computeIfAbsent(groupOf(finding, found), cause -> new ArrayList<>()).add(finding);
        }
        List<FindingView> ordered = new ArrayList<>();
        for (Map.Entry<String, List<FindingView>> group : groups.entrySet()) {
            group.getValue().stream().filter(finding -> finding.pitfall().equals(group.getKey())).forEach(ordered::add);
            group.getValue().stream().filter(finding -> !finding.pitfall().equals(group.getKey())).forEach(ordered::add);
        }
        return ordered;
    }

    /** The root cause a finding is listed under: its own when it is a cause or its cause was not found. */
    private String groupOf(FindingView finding, Set<String> found) {
        String cause = pitfall(finding).rootCause();
        return cause != null && found.contains(cause) ? cause : finding.pitfall();
    }

    private Pitfall pitfall(FindingView finding) {
        return catalogue.find(finding.pitfall()).orElseThrow();
    }
}
