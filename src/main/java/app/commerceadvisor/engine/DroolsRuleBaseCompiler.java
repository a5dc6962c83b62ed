package app.commerceadvisor.engine;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;

/**
 * Compiles DRL files through the KIE API. Each build gets its own release id so that several builds
 * can live side by side (a candidate beside the active one) and be removed from the KIE repository
 * when they are no longer used.
 */
@ApplicationScoped
public class DroolsRuleBaseCompiler implements RuleBaseCompiler {

    /** The folder the KIE builder expects rule files in; their DRL package is {@code rules}. */
    private static final String KIE_RULES_FOLDER = "src/main/resources/rules/";

    private static final AtomicLong BUILDS = new AtomicLong();

    static {
        DroolsBuildLog.quiet();
    }

    @Override
    public RuleBase compile(Path folder) {
        List<Path> files = ruleFiles(folder);
        if (files.isEmpty()) {
            throw new RuleCompilationException(List.of(
                    new RuleProblem(folder.toString(), 0, "no .drl rule files found")));
        }
        KieServices kie = KieServices.Factory.get();
        ReleaseId releaseId = kie.newReleaseId("app.commerceadvisor", "rules", "build-" + BUILDS.incrementAndGet());
        KieFileSystem fileSystem = kie.newKieFileSystem();
        fileSystem.generateAndWritePomXML(releaseId);
        List<RuleOutline> outline = new ArrayList<>();
        Map<String, String> sources = new LinkedHashMap<>();
        for (Path file : files) {
            byte[] content = read(file);
            fileSystem.write(KIE_RULES_FOLDER + relativeName(folder, file), content);
            String drl = new String(content, StandardCharsets.UTF_8);
            sources.put(file.toString(), drl);
            outline.addAll(DrlOutlineReader.read(file.toString(), drl));
        }

        ClassLoader classLoader = DroolsRuleBaseCompiler.class.getClassLoader();
        KieBuilder builder = kie.newKieBuilder(fileSystem, classLoader).buildAll();
        List<RuleProblem> problems = new DrlProblemWording(sources, kiePath -> displayPath(folder, kiePath))
                .problems(builder.getResults().getMessages(Message.Level.ERROR));
        if (!problems.isEmpty()) {
            kie.getRepository().removeKieModule(releaseId);
            throw new RuleCompilationException(problems);
        }
        KieContainer container = kie.newKieContainer(releaseId, classLoader);
        DroolsRuleBase ruleBase = new DroolsRuleBase(container, releaseId, outline);
        List<RuleProblem> metadataProblems = ruleBase.metadataProblems(folder.toString());
        if (!metadataProblems.isEmpty()) {
            ruleBase.close();
            throw new RuleCompilationException(metadataProblems);
        }
        return ruleBase;
    }

    /** Maps the builder's {@code rules/x.drl} back to the trainer's file under the configured folder. */
    private static String displayPath(Path folder, String kiePath) {
        if (kiePath == null || kiePath.isBlank()) {
            return folder.toString();
        }
        String relative = kiePath.startsWith(KIE_RULES_FOLDER) ? kiePath.substring(KIE_RULES_FOLDER.length())
                : kiePath.startsWith("rules/") ? kiePath.substring("rules/".length()) : kiePath;
        return folder.resolve(relative).toString();
    }

    private static List<Path> ruleFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new RuleCompilationException(List.of(
                    new RuleProblem(folder.toString(), 0, "rules folder not found")));
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile)
                    .filter(path -> path.getFileName().toString().endsWith(".drl"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    private static String relativeName(Path folder, Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
