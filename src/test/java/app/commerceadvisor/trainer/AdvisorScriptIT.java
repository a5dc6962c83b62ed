package app.commerceadvisor.trainer;

import static org.assertj.core.api.Assertions.assertThat;

import app.commerceadvisor.knowledge.ContentFolders;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./advisor check} as a trainer runs it: the script from the repository's root over the packaged
 * classes, in a process of its own with the class path the script builds (no Quarkus, no log manager, no
 * test class path). The in-process {@link CheckCommandTest} cannot see a class the packaged command
 * lacks; this does.
 */
class AdvisorScriptIT {

    @TempDir
    Path folder;

    @Test
    void checkOnTheRealContentExitsZeroAndSaysSo() throws Exception {
        Run run = advisor("check");

        assertThat(run.output).contains("Scenarios: all ").contains("OK: no problems").doesNotContain("Exception");
        assertThat(run.exit).isZero();
    }

    @Test
    void checkOfABrokenRuleFileExitsOneNamingTheFileAndLineWithoutAStackTrace() throws Exception {
        Path rules = ContentFolders.copy(Path.of("rules"), folder.resolve("rules"));
        Path knowledgeBase = ContentFolders.copy(Path.of("knowledge-base"), folder.resolve("knowledge-base"));
        Path file = rules.resolve("channels.drl");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        int line = lines.indexOf("    Answer(question == \"order-channels\", choices contains \"dont-know\")");
        assertThat(line).as("the rule this test breaks is still in rules/channels.drl").isNotNegative();
        lines.set(line, "    Answer(question == \"order-channels\", choices contains \"dont-know\"");
        Files.write(file, lines, StandardCharsets.UTF_8);

        Run run = advisor("check", "--rules", rules.toString(), "--knowledge-base", knowledgeBase.toString());

        assertThat(run.output).contains(file + ":" + (line + 1) + ": `Answer(` is never closed")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.exit).isEqualTo(1);
    }

    private record Run(int exit, String output) {
    }

    private Run advisor(String... arguments) throws IOException, InterruptedException {
        Path output = folder.resolve("advisor-output.txt");
        List<String> command = new ArrayList<>(List.of("bash", "advisor"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(Redirect.to(output.toFile()))
                .start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("./advisor " + String.join(" ", arguments) + " did not end within 3 minutes");
        }
        return new Run(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    }
}
