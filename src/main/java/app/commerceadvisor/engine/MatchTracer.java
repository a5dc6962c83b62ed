package app.commerceadvisor.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.rule.Match;

/**
 * Watches one evaluation: which facts each firing matched, which conclusions it inserted (and by which
 * rule), and so which answers every diagnosis rests on and the chain of firings that led to it, through
 * any chain of intermediate conclusions. A diagnosis
 * whose conclusions were all withdrawn later in the evaluation (truth maintenance retracts a logical
 * conclusion once its support is gone) does not count: at the end no firing of it still stands.
 */
final class MatchTracer extends DefaultAgendaEventListener implements RuleRuntimeEventListener {

    private final Map<Conclusion, List<Object>> support = new HashMap<>();
    private final Map<Conclusion, String> concludedBy = new HashMap<>();
    private final Map<String, Trace> diagnoses = new LinkedHashMap<>();
    private final Set<Conclusion> withdrawn = new HashSet<>();
    private final Set<String> fired = new LinkedHashSet<>();
    private final Set<Conclusion> standing = new LinkedHashSet<>();
    private Match firing;

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        firing = event.getMatch();
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        Match match = event.getMatch();
        firing = null;
        fired.add(match.getRule().getName());
        if (match.getRule().getMetaData().get(DroolsRuleBase.PITFALL) instanceof String pitfall) {
            Trace trace = diagnoses.computeIfAbsent(match.getRule().getName(), name -> new Trace(name, pitfall));
            collect(match.getObjects(), trace, new HashSet<>());
            trace.firings.add(match.getObjects().stream()
                    .filter(Conclusion.class::isInstance).map(Conclusion.class::cast).toList());
            List<ReasoningStep> steps = new ArrayList<>();
            chain(match.getObjects(), new HashSet<>(), steps);
            steps.add(step(match.getRule().getName(), match.getObjects(), null));
            trace.steps.add(steps);
        }
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        if (event.getObject() instanceof Conclusion conclusion) {
            withdrawn.remove(conclusion);
            standing.add(conclusion);
            if (firing != null) {
                support.putIfAbsent(conclusion, List.copyOf(firing.getObjects()));
                concludedBy.putIfAbsent(conclusion, firing.getRule().getName());
            }
        }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        // updates carry no new justification
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        if (event.getOldObject() instanceof Conclusion conclusion) {
            withdrawn.add(conclusion);
            standing.remove(conclusion);
        }
    }

    private void collect(List<?> facts, Trace trace, Set<Conclusion> visited) {
        for (Object fact : facts) {
            if (fact instanceof Answer answer) {
                trace.evidence.add(answer);
            } else if (fact instanceof Threshold threshold) {
                trace.thresholds.add(threshold);
            } else if (fact instanceof Conclusion conclusion && visited.add(conclusion)) {
                collect(support.getOrDefault(conclusion, List.of()), trace, visited);
                trace.conclusions.add(conclusion.getName());
            }
        }
    }

    /** The steps that drew the conclusions among {@code facts}, each after the steps it built on. */
    private void chain(List<?> facts, Set<Conclusion> visited, List<ReasoningStep> steps) {
        for (Object fact : facts) {
            if (fact instanceof Conclusion conclusion && visited.add(conclusion)) {
                List<Object> from = support.getOrDefault(conclusion, List.of());
                chain(from, visited, steps);
                steps.add(step(concludedBy.get(conclusion), from, conclusion.getName()));
            }
        }
    }

    private static ReasoningStep step(String rule, List<?> facts, String concludes) {
        return new ReasoningStep(rule,
                facts.stream().filter(Answer.class::isInstance).map(Answer.class::cast).toList(),
                facts.stream().filter(Threshold.class::isInstance).map(Threshold.class::cast).toList(),
                facts.stream().filter(Conclusion.class::isInstance).map(fact -> ((Conclusion) fact).getName()).toList(),
                concludes);
    }

    List<Diagnosis> diagnoses() {
        List<Diagnosis> result = new ArrayList<>();
        for (Trace trace : diagnoses.values()) {
            if (!stillStands(trace)) {
                continue;
            }
            result.add(new Diagnosis(trace.rule, trace.pitfall, List.copyOf(trace.evidence),
                    List.copyOf(trace.conclusions), List.copyOf(trace.thresholds), standingSteps(trace)));
        }
        return result;
    }

    /** The chain of the first firing of the diagnosis that still stands. */
    private List<ReasoningStep> standingSteps(Trace trace) {
        for (int i = 0; i < trace.firings.size(); i++) {
            if (trace.firings.get(i).stream().noneMatch(withdrawn::contains)) {
                return trace.steps.get(i);
            }
        }
        return List.of();
    }

    /** Every rule that fired at least once. */
    Set<String> firedRules() {
        return fired;
    }

    /** The names of the conclusions still in place at the end. */
    Set<String> conclusions() {
        Set<String> names = new LinkedHashSet<>();
        standing.forEach(conclusion -> names.add(conclusion.getName()));
        return names;
    }

    /** True while at least one firing of the diagnosis rests only on conclusions still in place. */
    private boolean stillStands(Trace trace) {
        return trace.firings.stream().anyMatch(conclusions -> conclusions.stream().noneMatch(withdrawn::contains));
    }

    private static final class Trace {
        private final String rule;
        private final String pitfall;
        private final Set<Answer> evidence = new LinkedHashSet<>();
        private final Set<String> conclusions = new LinkedHashSet<>();
        private final Set<Threshold> thresholds = new LinkedHashSet<>();
        private final List<List<Conclusion>> firings = new ArrayList<>();
        private final List<List<ReasoningStep>> steps = new ArrayList<>();

        private Trace(String rule, String pitfall) {
            this.rule = rule;
            this.pitfall = pitfall;
        }
    }
}
