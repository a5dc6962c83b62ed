package app.commerceadvisor.replay;

import app.commerceadvisor.engine.Answer;
import app.commerceadvisor.engine.DroolsRuleBaseCompiler;
import app.commerceadvisor.engine.Evaluation;
import app.commerceadvisor.engine.RuleBase;
import app.commerceadvisor.engine.RuleOutline;
import app.commerceadvisor.engine.Threshold;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real compiler, counting the rule bases it compiled that are not closed yet, so a test can see that
 * a preview's candidate is released (its KIE module removed) and not left behind. Enabled by a test profile.
 */
@Alternative
@ApplicationScoped
public class OpenRuleBases extends DroolsRuleBaseCompiler {

    private static final AtomicInteger OPEN = new AtomicInteger();

    static int count() {
        return OPEN.get();
    }

    @Override
    public RuleBase compile(Path folder) {
        RuleBase compiled = super.compile(folder);
        OPEN.incrementAndGet();
        return new Counted(compiled);
    }

    private record Counted(RuleBase rules) implements RuleBase {

        @Override
        public Evaluation evaluate(Collection<Answer> answers, Collection<Threshold> thresholds) {
            return rules.evaluate(answers, thresholds);
        }

        @Override
        public Set<String> pitfalls() {
            return rules.pitfalls();
        }

        @Override
        public int ruleCount() {
            return rules.ruleCount();
        }

        @Override
        public List<RuleOutline> outline() {
            return rules.outline();
        }

        @Override
        public void close() {
            rules.close();
            OPEN.decrementAndGet();
        }
    }
}
