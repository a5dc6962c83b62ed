package app.commerceadvisor.knowledge;

import app.commerceadvisor.benchmarks.GeneratedRuleFiles;
import app.commerceadvisor.engine.DroolsRuleBaseCompiler;
import app.commerceadvisor.engine.RuleBase;
import app.commerceadvisor.knowledge.KnowledgeBaseStatus.Outcome;
import app.commerceadvisor.pitfall.Pitfall;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
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
 * What one reload costs the running service: {@link ActiveKnowledgeBase#reload()} after a trainer saved
 * a rule file, i.e. hashing the folders, reading and checking {@code knowledge-base/}, compiling every
 * rule file, checking the rules against the questionnaire and the catalogue, swapping the new version in
 * and releasing the old one's compiled rules (removed from the KIE repository, so a run of many reloads
 * measures no growing repository).
 *
 * <p>Each measured reload is one iteration (SingleShotTime): before it, outside the measured time, a
 * comment line with a new number is written into one rule file, so that the content hash changes and
 * the reload really compiles and activates a new version (a reload of unchanged files compiles nothing).
 * Three rule sets, each beside a copy of the real {@code knowledge-base/} in a temporary folder: the
 * real {@code rules/}, and 1,000 and 8,000 generated rules (see {@link GeneratedRuleFiles}). The JVM is
 * warm, as in a service that has been running; the cold first load is printed as a {@code [setup]} line.
 *
 * <p>Lives in the service's package because {@link ActiveKnowledgeBase}'s constructor is package-private.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
public class ReloadBenchmark {

    static {
        // as in the service (see RuleEngineBenchmark): no formatting of Drools' trace messages
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.INFO);
    }

    /** A copy of the content in a temporary folder, served by its own {@link ActiveKnowledgeBase}. */
    abstract static class ServedContent {
        private Path root;
        private Path rules;
        private Path editedFile;
        private String editedText;
        private int edits;
        ActiveKnowledgeBase active;

        /** Writes the rules folder under {@code root} and returns the file that each reload edits. */
        abstract Path writeRules(Path repo, Path rules) throws IOException;

        abstract String name();

        void open() throws IOException {
            Path repo = BenchmarkContent.repository();
            root = Files.createTempDirectory("reload-benchmark");
            rules = Files.createDirectory(root.resolve("rules"));
            Path knowledgeBase = root.resolve("knowledge-base");
            copy(repo.resolve("knowledge-base"), knowledgeBase);
            editedFile = writeRules(repo, rules);
            editedText = Files.readString(editedFile);

            ContentConfig config = new ContentConfig() {
                @Override
                public Path rules() {
                    return rules;
                }

                @Override
                public Path knowledgeBase() {
                    return knowledgeBase;
                }

                @Override
                public Path restoreFolder() {
                    return root.resolve("restore");
                }
            };
            active = new ActiveKnowledgeBase(new KnowledgeBaseLoader(new DroolsRuleBaseCompiler()), config,
                    new VersionsInMemory());
            long start = System.nanoTime();
            KnowledgeBaseStatus status = active.reload();
            long loadedMs = (System.nanoTime() - start) / 1_000_000;
            require(status, Outcome.ACTIVATED);
            System.out.printf("%n[setup] %s: %d rules in %d files, first load (cold) %d ms%n",
                    name(), status.rules(), ruleFiles(rules), loadedMs);
        }

        /** A save by a trainer: the edited file differs from every earlier version of it. */
        void edit() {
            edits++;
            try {
                Files.writeString(editedFile, editedText + "\n// benchmark edit " + edits + "\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Compiling the rules alone, without reading or checking anything else and without a swap. */
        int compile() {
            RuleBase compiled = new DroolsRuleBaseCompiler().compile(rules);
            int count = compiled.ruleCount();
            compiled.close();
            return count;
        }

        KnowledgeBaseStatus reload() {
            return require(active.reload(), Outcome.ACTIVATED);
        }

        void close() throws IOException {
            active.current().ifPresent(current -> current.rules().close());
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }

        private KnowledgeBaseStatus require(KnowledgeBaseStatus status, Outcome expected) {
            if (status.lastOutcome() != expected) {
                throw new IllegalStateException(name() + ": reload " + status.lastOutcome() + ", expected "
                        + expected + ": " + status.problems());
            }
            return status;
        }
    }

    /**
     * The service keeps every activated version in its database, in the background (the reload does not
     * wait for it); here only the names are kept, which costs the reload nothing either.
     */
    private static final class VersionsInMemory implements VersionHistory {
        private final List<String> versions = new ArrayList<>();

        @Override
        public synchronized void activated(KnowledgeBase knowledgeBase) {
            versions.remove(knowledgeBase.version());
            versions.add(0, knowledgeBase.version());
        }

        @Override
        public synchronized List<String> mostRecentlyActive(int limit) {
            return List.copyOf(versions.subList(0, Math.min(limit, versions.size())));
        }

        @Override
        public Optional<ContentFiles> files(String version) {
            return Optional.empty();
        }
    }

    @State(Scope.Benchmark)
    public static class RealContent extends ServedContent {
        @Override
        Path writeRules(Path repo, Path rules) throws IOException {
            copy(repo.resolve("rules"), rules);
            return rules.resolve("channels.drl");
        }

        @Override
        String name() {
            return "real rules/";
        }

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            open();
        }

        @Setup(Level.Iteration)
        public void save() {
            edit();
        }

        @TearDown(Level.Trial)
        public void tearDown() throws IOException {
            close();
        }
    }

    abstract static class GeneratedContent extends ServedContent {
        abstract int count();

        @Override
        Path writeRules(Path repo, Path rules) throws IOException {
            KnowledgeBase real = BenchmarkContent.load(repo);
            try {
                List<String> pitfalls = real.pitfalls().all().stream().map(Pitfall::id).toList();
                return GeneratedRuleFiles.write(rules, real.questionnaire(), pitfalls, count()).get(0);
            } finally {
                real.rules().close();
            }
        }

        @Override
        String name() {
            return String.format("%,d generated rules", count());
        }
    }

    @State(Scope.Benchmark)
    public static class ThousandGeneratedRules extends GeneratedContent {
        @Override
        int count() {
            return 1_000;
        }

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            open();
        }

        @Setup(Level.Iteration)
        public void save() {
            edit();
        }

        @TearDown(Level.Trial)
        public void tearDown() throws IOException {
            close();
        }
    }

    @State(Scope.Benchmark)
    public static class EightThousandGeneratedRules extends GeneratedContent {
        @Override
        int count() {
            return 8_000;
        }

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            open();
        }

        @Setup(Level.Iteration)
        public void save() {
            edit();
        }

        @TearDown(Level.Trial)
        public void tearDown() throws IOException {
            close();
        }
    }

    @Benchmark
    @Warmup(iterations = 5)
    @Measurement(iterations = 10)
    public KnowledgeBaseStatus reloadRealKnowledgeBase(RealContent content) {
        return content.reload();
    }

    @Benchmark
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    public KnowledgeBaseStatus reloadThousandGeneratedRules(ThousandGeneratedRules content) {
        return content.reload();
    }

    @Benchmark
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public KnowledgeBaseStatus reloadEightThousandGeneratedRules(EightThousandGeneratedRules content) {
        return content.reload();
    }

    /** For comparison with {@link #reloadThousandGeneratedRules}: how much of a reload is Drools' compilation. */
    @Benchmark
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    public int compileThousandGeneratedRules(ThousandGeneratedRules content) {
        return content.compile();
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }

    private static long ruleFiles(Path rules) throws IOException {
        try (Stream<Path> paths = Files.list(rules)) {
            return paths.filter(path -> path.toString().endsWith(".drl")).count();
        }
    }
}
