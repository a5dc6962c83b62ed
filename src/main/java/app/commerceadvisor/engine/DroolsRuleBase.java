package app.commerceadvisor.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.HashMap;
import java.util.Set;
import java.util.TreeSet;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;

/** A rule base compiled by Drools. Thread-safe: every evaluation has a session of its own. */
final class DroolsRuleBase implements RuleBase {

    /** Metadata key with which a diagnostic rule names its pitfall: {@code @pitfall("...")}. */
    static final String PITFALL = "pitfall";

    /** More firings than this in one evaluation means rules that keep triggering each other. */
    private static final int MAX_FIRINGS = 10_000;

    private final KieContainer container;
    private final ReleaseId releaseId;
    private final KieBase kieBase;
    private final Set<String> pitfalls;
    private final int ruleCount;
    private final List<RuleOutline> outline;
    private final Map<String, RuleOutline> outlineByName = new HashMap<>();
    private final Map<String, Set<String>> questionsByPitfall;

    DroolsRuleBase(KieContainer container, ReleaseId releaseId, List<RuleOutline> outline) {
        this.outline = List.copyOf(outline);
        outline.forEach(rule -> outlineByName.putIfAbsent(rule.name(), rule));
        this.questionsByPitfall = RuleDependencies.questionsByPitfall(this.outline);
        this.container = container;
        this.releaseId = releaseId;
        this.kieBase = container.getKieBase();
        Set<String> named = new TreeSet<>();
        int rules = 0;
        for (Rule rule : rules()) {
            rules++;
            Object pitfall = rule.getMetaData().get(PITFALL);
            if (pitfall instanceof String id && !id.isBlank()) {
                named.add(id);
            }
        }
        this.pitfalls = Set.copyOf(named);
        this.ruleCount = rules;
    }

    @Override
    public Evaluation evaluate(Collection<Answer> answers, Collection<Threshold> thresholds) {
        KieSession session = kieBase.newKieSession();
        try {
            MatchTracer tracer = new MatchTracer();
            session.addEventListener((AgendaEventListener) tracer);
            session.addEventListener((RuleRuntimeEventListener) tracer);
            thresholds.forEach(session::insert);
            answers.forEach(session::insert);
            int fired = session.fireAllRules(MAX_FIRINGS);
            if (fired >= MAX_FIRINGS) {
                throw new IllegalStateException("rules fired " + fired + " times without settling; "
                        + "a rule probably re-triggers itself");
            }
            return new Evaluation(tracer.diagnoses(), tracer.firedRules(), tracer.conclusions());
        } finally {
            session.dispose();
        }
    }

    @Override
    public Set<String> pitfalls() {
        return pitfalls;
    }

    @Override
    public int ruleCount() {
        return ruleCount;
    }

    @Override
    public List<RuleOutline> outline() {
        return outline;
    }

    @Override
    public Set<String> questionsOf(String pitfall) {
        return questionsByPitfall.getOrDefault(pitfall, Set.of());
    }

    /** Looked up by name once per rule, since every finding of every report asks for its rules' titles. */
    @Override
    public Optional<RuleOutline> outline(String rule) {
        return Optional.ofNullable(outlineByName.get(rule));
    }

    /** Diagnostic metadata that is present but unusable, e.g. {@code @pitfall} without an id, at the rule's line. */
    List<RuleProblem> metadataProblems(String folder) {
        List<RuleProblem> problems = new ArrayList<>();
        for (Rule rule : rules()) {
            if (rule.getMetaData().containsKey(PITFALL)
                    && !(rule.getMetaData().get(PITFALL) instanceof String id && !id.isBlank())) {
                RuleOutline written = outlineByName.get(rule.getName());
                problems.add(new RuleProblem(written == null ? folder : written.file(), written == null ? 0 : written.line(),
                        "rule \"" + rule.getName() + "\": @pitfall needs a pitfall id, e.g. @pitfall(\"wrong-sales-logic\")"));
            }
        }
        return problems;
    }

    private List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            rules.addAll(kiePackage.getRules());
        }
        return rules;
    }

    /** Releases the compiled module; the base must not be used afterwards. */
    @Override
    public void close() {
        container.dispose();
        KieServices.Factory.get().getRepository().removeKieModule(releaseId);
    }
}
