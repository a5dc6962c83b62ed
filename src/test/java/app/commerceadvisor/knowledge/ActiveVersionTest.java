package app.commerceadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import app.commerceadvisor.engine.Answer;
import app.commerceadvisor.engine.Evaluation;
import app.commerceadvisor.engine.RuleBase;
import app.commerceadvisor.engine.RuleOutline;
import app.commerceadvisor.engine.Threshold;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A version's compiled rules are released once nobody uses them any more: not while the service still
 * answers with it, and not while an evaluation that began on it is running, whatever the order.
 */
class ActiveVersionTest {

    /** Rules that only count how often they were released: what is under test is who releases them, and when. */
    private static final class ReleaseCountingRules implements RuleBase {
        int closed;

        @Override
        public Evaluation evaluate(Collection<Answer> answers, Collection<Threshold> thresholds) {
            return new Evaluation(List.of(), Set.of(), Set.of());
        }

        @Override
        public Set<String> pitfalls() {
            return Set.of();
        }

        @Override
        public int ruleCount() {
            return 0;
        }

        @Override
        public List<RuleOutline> outline() {
            return List.of();
        }

        @Override
        public void close() {
            closed++;
        }
    }

    private final ReleaseCountingRules rules = new ReleaseCountingRules();
    private final ActiveVersion version = new ActiveVersion(
            new KnowledgeBase("sha256:test", rules, null, null, List.of(), List.of(), Instant.now(), null));

    @Test
    void rulesAreReleasedOnlyWhenTheLastEvaluationOnThemEnds() {
        KnowledgeBaseLease first = lease();
        KnowledgeBaseLease second = lease();

        version.release(); // a reload activated a newer version
        assertThat(rules.closed).isZero();
        first.close();
        assertThat(rules.closed).isZero();
        second.close();
        second.close(); // closing a lease twice releases once

        assertThat(rules.closed).isEqualTo(1);
    }

    @Test
    void releasedVersionCannotBeTakenForAnEvaluation() {
        version.release();

        assertThat(rules.closed).isEqualTo(1);
        assertThat(version.retain()).isFalse();
    }

    private KnowledgeBaseLease lease() {
        assertThat(version.retain()).isTrue();
        return new KnowledgeBaseLease(version);
    }
}
