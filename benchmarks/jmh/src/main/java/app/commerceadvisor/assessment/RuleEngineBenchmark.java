package app.commerceadvisor.assessment;

import app.commerceadvisor.benchmarks.GeneratedRules;
import app.commerceadvisor.engine.Answer;
import app.commerceadvisor.engine.DroolsRuleBaseCompiler;
import app.commerceadvisor.engine.Evaluation;
import app.commerceadvisor.engine.RuleBase;
import app.commerceadvisor.engine.Threshold;
import app.commerceadvisor.followup.FollowUp;
import app.commerceadvisor.followup.FollowUpFinder;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import app.commerceadvisor.knowledge.BenchmarkContent;
import app.commerceadvisor.knowledge.KnowledgeBase;
import app.commerceadvisor.knowledge.scenario.ScenarioReader;
import app.commerceadvisor.pitfall.Pitfall;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The rule engine as the service uses it: one evaluation of a merchant's answers (fresh session,
 * thresholds and answers inserted, rules fired, explanation tracer included), the whole report written
 * from it, one interview step and one follow-up (both evaluate the rules many times with answers tried
 * in place of the blank ones), and the compilation of the rules that dominates start-up.
 *
 * <p>Lives in the package of {@link AnswerReader} (package-private) so that the answer facts are made
 * exactly as the service makes them from a submitted questionnaire. The answers are those of the
 * example merchants in {@code knowledge-base/scenarios/}, cycled through.
 */
@BenchmarkMode(Mode.SampleTime)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RuleEngineBenchmark {

    static {
        // As in the service, where Quarkus sets the levels: without this the JBoss LogManager that the
        // service's dependencies bring keeps every record at every level, and Drools' trace messages
        // are formatted and queued on each evaluation, which the service never does.
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.INFO);
    }

    /** How many rules {@link #evaluateThousandGeneratedRules} runs. */
    static final int GENERATED_RULES = 1_000;

    /** The real knowledge base and the scenario answers as facts. */
    @State(Scope.Thread)
    public static class RealKnowledgeBase {
        KnowledgeBase knowledgeBase;
        List<List<Answer>> merchants;
        List<Map<String, JsonNode>> answers;
        List<Map<String, JsonNode>> halfAnswers;
        List<String> languages;
        List<Threshold> thresholds;
        int next;
        int nextAnswers;

        @Setup(Level.Trial)
        public void load() {
            Path repo = BenchmarkContent.repository();
            knowledgeBase = BenchmarkContent.load(repo);
            List<ScenarioReader.ScenarioFile> scenarios = BenchmarkContent.scenarios(repo, knowledgeBase);
            merchants = facts(knowledgeBase, scenarios);
            answers = scenarios.stream().map(scenario -> scenario.scenario().answers()).toList();
            // an interview half way: the first half of each merchant's answers given, the rest still to ask
            halfAnswers = answers.stream().map(RuleEngineBenchmark::firstHalf).toList();
            languages = scenarios.stream().map(scenario -> scenario.scenario().language()).toList();
            thresholds = knowledgeBase.thresholdFacts();
            report("real knowledge base", knowledgeBase.rules(), merchants, thresholds);
        }

        List<Answer> nextMerchant() {
            List<Answer> facts = merchants.get(next);
            next = next + 1 == merchants.size() ? 0 : next + 1;
            return facts;
        }
    }

    /** The index of the next merchant for the benchmarks that start from submitted answers. */
    static int nextIndex(RealKnowledgeBase real) {
        int index = real.nextAnswers;
        real.nextAnswers = index + 1 == real.answers.size() ? 0 : index + 1;
        return index;
    }

    static Map<String, JsonNode> firstHalf(Map<String, JsonNode> answers) {
        Map<String, JsonNode> half = new LinkedHashMap<>();
        answers.entrySet().stream().limit(answers.size() / 2).forEach(entry -> half.put(entry.getKey(), entry.getValue()));
        return half;
    }

    /** 1,000 generated rules on the real questionnaire, compiled from a temporary folder. */
    @State(Scope.Thread)
    public static class ThousandGeneratedRules {
        RealKnowledgeBase real;
        RuleBase rules;
        Path folder;

        @Setup(Level.Trial)
        public void generate(RealKnowledgeBase real) throws IOException {
            this.real = real;
            List<String> pitfalls = real.knowledgeBase.pitfalls().all().stream().map(Pitfall::id).toList();
            folder = Files.createTempDirectory("generated-rules");
            Files.writeString(folder.resolve("generated.drl"),
                    GeneratedRules.drl(real.knowledgeBase.questionnaire(), pitfalls, GENERATED_RULES));
            long start = System.nanoTime();
            rules = new DroolsRuleBaseCompiler().compile(folder);
            System.out.printf("%n[setup] compiled %d generated rules in %d ms%n",
                    rules.ruleCount(), (System.nanoTime() - start) / 1_000_000);
            report("generated rules", rules, real.merchants, real.thresholds);
        }

        @TearDown(Level.Trial)
        public void delete() throws IOException {
            rules.close();
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    /** The rules folder of the repository. */
    @State(Scope.Thread)
    public static class RealRulesFolder {
        Path rules;

        @Setup(Level.Trial)
        public void locate() {
            rules = BenchmarkContent.repository().resolve("rules");
        }
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Evaluation evaluateRealKnowledgeBase(RealKnowledgeBase real) {
        return real.knowledgeBase.rules().evaluate(real.nextMerchant(), real.thresholds);
    }

    /** The whole report as POST /api/assessments writes it: answers read, rules evaluated, findings explained. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Assessor.Assessed fullReportRealKnowledgeBase(RealKnowledgeBase real) {
        int index = nextIndex(real);
        return Assessor.assess(new AssessmentRequest("bench", real.languages.get(index), real.answers.get(index)),
                real.knowledgeBase, UUID.randomUUID(), Instant.now());
    }

    /** One interview step half way through a merchant's answers: the most decisive question left. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Object interviewStepRealKnowledgeBase(RealKnowledgeBase real) {
        int index = nextIndex(real);
        String language = real.languages.get(index);
        return new FollowUpFinder(real.knowledgeBase, language).next(real.halfAnswers.get(index), Set.of(), language);
    }

    /** The follow-up of a stored assessment: every blank question ranked, and the near misses. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public FollowUp followUpRealKnowledgeBase(RealKnowledgeBase real) {
        int index = nextIndex(real);
        String language = real.languages.get(index);
        return new FollowUpFinder(real.knowledgeBase, language).find(UUID.randomUUID(), real.answers.get(index), language);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Evaluation evaluateThousandGeneratedRules(ThousandGeneratedRules generated) {
        return generated.rules.evaluate(generated.real.nextMerchant(), generated.real.thresholds);
    }

    /** Compiling {@code rules/} once, in a warm JVM (the service does it once at start-up, cold). */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int compileRealRules(RealRulesFolder folder) {
        RuleBase rules = new DroolsRuleBaseCompiler().compile(folder.rules);
        int count = rules.ruleCount();
        rules.close(); // else every compiled module stays in the global KIE repository
        return count;
    }

    static List<List<Answer>> facts(KnowledgeBase knowledgeBase, List<ScenarioReader.ScenarioFile> scenarios) {
        return scenarios.stream()
                .map(scenario -> AnswerReader.read(knowledgeBase.questionnaire(), scenario.scenario().answers()).facts())
                .toList();
    }

    private static void report(String name, RuleBase rules, List<List<Answer>> merchants, List<Threshold> thresholds) {
        long diagnoses = merchants.stream().mapToLong(facts -> rules.evaluate(facts, thresholds).diagnoses().size()).sum();
        long answers = merchants.stream().mapToLong(List::size).sum();
        System.out.printf("%n[setup] %s: %d rules, %d merchants, %.1f answers and %.1f diagnoses per merchant%n",
                name, rules.ruleCount(), merchants.size(), (double) answers / merchants.size(),
                (double) diagnoses / merchants.size());
    }
}
