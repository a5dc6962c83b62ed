package app.commerceadvisor.trainer;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The trainers' check command, {@code ./advisor check}: a plain {@code main} over the packaged classes,
 * so it needs no database and no port and runs beside a live service. Prints every problem as
 * {@code file:line: message}, each failing scenario with the conditions that decided it, and coverage;
 * exits 1 when anything is wrong, 2 on a usage error. {@code ./advisor docs} writes
 * {@code docs/pitfalls.md} from the catalogue.
 */
public final class CheckCommand {

    private static final String USAGE = """
            usage: ./advisor check [--rules DIR] [--knowledge-base DIR] [--docs FILE] [--documents DIR]
                   ./advisor docs  [--rules DIR] [--knowledge-base DIR] [--docs FILE]
              check  load rules/ and knowledge-base/ as the service does, run every scenario, report coverage;
                     with --documents (the folder of the source documents), also check every quote is in them
              docs   write the pitfall page (default docs/pitfalls.md) from knowledge-base/pitfalls/
            """;

    private CheckCommand() {
    }

    public static void main(String[] args) {
        Logger.getLogger("").setLevel(Level.SEVERE); // the engine's progress lines are not for trainers
        System.exit(run(args, System.out));
    }

    public static int run(String[] args, PrintStream out) {
        if (args.length == 0 || !List.of("check", "docs").contains(args[0])) {
            out.print(USAGE);
            return 2;
        }
        Path rules = Path.of("rules");
        Path knowledgeBase = Path.of("knowledge-base");
        Path docs = Path.of("docs", "pitfalls.md");
        Path documents = null;
        for (int i = 1; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                out.print("missing a value after " + args[i] + "\n" + USAGE);
                return 2;
            }
            switch (args[i]) {
                case "--rules" -> rules = Path.of(args[i + 1]);
                case "--knowledge-base" -> knowledgeBase = Path.of(args[i + 1]);
                case "--docs" -> docs = Path.of(args[i + 1]);
                case "--documents" -> documents = Path.of(args[i + 1]);
                default -> {
                    out.print("unknown option " + args[i] + "\n" + USAGE);
                    return 2;
                }
            }
        }
        ContentCheck check = new ContentCheck(rules, knowledgeBase, docs, documents);
        long start = System.nanoTime();
        if (args[0].equals("docs")) {
            var problems = check.writeDocs();
            problems.forEach(problem -> out.println(problem));
            out.println(problems.isEmpty() ? "wrote " + docs : "FAILED: the content does not load, nothing written");
            return problems.isEmpty() ? 0 : 1;
        }
        CheckReport report = check.run();
        out.print(report.text((System.nanoTime() - start) / 1_000_000));
        return report.passed() ? 0 : 1;
    }
}
