package app.commerceadvisor.knowledge;

import app.commerceadvisor.knowledge.check.ConflictCheck;
import app.commerceadvisor.knowledge.check.DocumentCheck;
import app.commerceadvisor.knowledge.check.PitfallCatalogueCheck;
import app.commerceadvisor.knowledge.check.QuestionnaireCheck;
import app.commerceadvisor.knowledge.check.RuleModelCheck;
import app.commerceadvisor.knowledge.check.RuleReferenceCheck;
import app.commerceadvisor.knowledge.check.ThresholdCheck;
import app.commerceadvisor.pitfall.Pitfall;
import app.commerceadvisor.pitfall.PitfallCatalogue;
import app.commerceadvisor.engine.RuleBase;
import app.commerceadvisor.engine.RuleBaseCompiler;
import app.commerceadvisor.engine.RuleCompilationException;
import app.commerceadvisor.knowledge.KnowledgeBaseFiles.ConflictsFile;
import app.commerceadvisor.knowledge.KnowledgeBaseFiles.DocumentsFile;
import app.commerceadvisor.knowledge.KnowledgeBaseFiles.PitfallsFile;
import app.commerceadvisor.knowledge.KnowledgeBaseFiles.ThresholdsFile;
import app.commerceadvisor.questionnaire.Questionnaire;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the trainers' content from disk, compiles the rules and checks that everything fits together.
 * Either returns a complete {@link KnowledgeBase} or throws with every problem found, never half of one.
 *
 * <p>The knowledge-base folder holds {@code questionnaire.yaml}, {@code documents.yaml},
 * {@code thresholds.yaml}, {@code conflicts.yaml} (optional) and {@code pitfalls/*.yaml} (one file per area; the catalogue keeps the order
 * of the file names, then of the entries).
 */
@ApplicationScoped
public class KnowledgeBaseLoader {

    private final RuleBaseCompiler compiler;

    public KnowledgeBaseLoader(RuleBaseCompiler compiler) {
        this.compiler = compiler;
    }

    /** How often a load is tried again when the files change while they are being read. */
    private static final int ATTEMPTS = 5;

    /**
     * Loads and checks the content. Its version is the hash of the files as they were read: when a file
     * changes while the content is being loaded (a trainer still saving), the load starts over, so a
     * version never names files other than those it was built from.
     */
    public KnowledgeBase load(Path rulesFolder, Path knowledgeBaseFolder) {
        for (int attempt = 1; ; attempt++) {
            ContentFiles before = ContentFiles.read(rulesFolder, knowledgeBaseFolder);
            KnowledgeBase loaded = loadOnce(rulesFolder, knowledgeBaseFolder, before);
            if (before.version().equals(ContentFiles.read(rulesFolder, knowledgeBaseFolder).version())
                    || attempt == ATTEMPTS) {
                return loaded;
            }
            loaded.rules().close();
        }
    }

    private KnowledgeBase loadOnce(Path rulesFolder, Path knowledgeBaseFolder, ContentFiles files) {
        List<ContentProblem> problems = new ArrayList<>();
        Path questionnaireFile = knowledgeBaseFolder.resolve("questionnaire.yaml");
        Path documentsFile = knowledgeBaseFolder.resolve("documents.yaml");
        Path thresholdsFile = knowledgeBaseFolder.resolve("thresholds.yaml");
        Path conflictsFile = knowledgeBaseFolder.resolve("conflicts.yaml");

        Questionnaire questionnaire = YamlFileReader.read(questionnaireFile, Questionnaire.class, problems);
        DocumentsFile documents = YamlFileReader.read(documentsFile, DocumentsFile.class, problems);
        ThresholdsFile thresholds = YamlFileReader.read(thresholdsFile, ThresholdsFile.class, problems);
        ConflictsFile conflicts = Files.exists(conflictsFile)
                ? YamlFileReader.read(conflictsFile, ConflictsFile.class, problems) : new ConflictsFile(List.of());
        Map<Path, PitfallsFile> pitfallFiles = readPitfallFiles(knowledgeBaseFolder.resolve("pitfalls"), problems);
        if (!problems.isEmpty()) {
            compile(rulesFolder, problems);
            throw new KnowledgeBaseException(problems);
        }
        // a rule file that does not compile is reported together with everything else found below
        RuleBase rules = compile(rulesFolder, problems);

        List<String> languages = questionnaire.languages();
        new QuestionnaireCheck(questionnaireFile, problems).check(questionnaire);
        new DocumentCheck(documentsFile, languages, problems).check(documents.documents());
        PitfallCatalogueCheck pitfallCheck = new PitfallCatalogueCheck(documents.documents(), languages, problems);
        List<Pitfall> pitfalls = new ArrayList<>();
        pitfallFiles.forEach((file, content) -> {
            pitfallCheck.check(file, content.pitfalls());
            pitfalls.addAll(content.pitfalls());
        });
        new ThresholdCheck(thresholdsFile, documents.documents(), languages, problems).check(thresholds.thresholds());
        PitfallCatalogue catalogue = new PitfallCatalogue(pitfalls, conflicts.conflicts());
        pitfallCheck.checkRootCauses(catalogue);
        if (questionnaire.stageFocus() != null) {
            Set<String> areas = new java.util.HashSet<>();
            pitfalls.forEach(pitfall -> areas.add(pitfall.area()));
            questionnaire.stageFocus().areas().values().stream().flatMap(List::stream).distinct()
                    .filter(area -> !areas.contains(area))
                    .forEach(area -> problems.add(new ContentProblem(questionnaireFile.toString(),
                            new LineLocator(questionnaireFile).lineOfKey("stageFocus"), "stageFocus.areas names area '"
                            + area + "', which no pitfall has")));
        }
        new ConflictCheck(conflictsFile, languages, problems).check(conflicts.conflicts(), catalogue);
        new RuleReferenceCheck(problems).check(rulesFolder, questionnaire, catalogue, thresholds.thresholds(),
                rules == null ? Set.of() : rules.pitfalls());
        if (rules != null) {
            new RuleModelCheck(questionnaire.withYesNoOptions(), problems).check(rules.outline());
            pitfallFiles.forEach((file, content) -> content.pitfalls().stream()
                    .filter(pitfall -> pitfall.id() != null && !rules.pitfalls().contains(pitfall.id()))
                    .forEach(pitfall -> problems.add(new ContentProblem(file.toString(),
                            new LineLocator(file).lineOfId(pitfall.id()), "pitfall '" + pitfall.id()
                            + "' is named by no rule (no @pitfall(\"" + pitfall.id() + "\") in rules/), so it is never reported"))));
        }
        if (!problems.isEmpty() || rules == null) {
            if (rules != null) {
                rules.close(); // compiled, but not to be used: release it from the KIE repository
            }
            throw new KnowledgeBaseException(problems);
        }
        return new KnowledgeBase(files.version(), rules, questionnaire.withYesNoOptions(), catalogue,
                documents.documents(), thresholds.thresholds(), Instant.now(), files);
    }

    private static Map<Path, PitfallsFile> readPitfallFiles(Path folder, List<ContentProblem> problems) {
        Map<Path, PitfallsFile> files = new LinkedHashMap<>();
        if (!Files.isDirectory(folder)) {
            problems.add(new ContentProblem(folder.toString(), 0, "folder not found; it holds the pitfall catalogue"));
            return files;
        }
        try (Stream<Path> paths = Files.list(folder)) {
            for (Path file : paths.filter(path -> path.getFileName().toString().endsWith(".yaml")).sorted().toList()) {
                PitfallsFile content = YamlFileReader.read(file, PitfallsFile.class, problems);
                if (content != null) {
                    files.put(file, content);
                }
            }
        } catch (IOException e) {
            problems.add(new ContentProblem(folder.toString(), 0, "cannot list: " + e.getMessage()));
        }
        if (files.isEmpty() && problems.isEmpty()) {
            problems.add(new ContentProblem(folder.toString(), 0, "no pitfall files (*.yaml)"));
        }
        return files;
    }

    private RuleBase compile(Path rulesFolder, List<ContentProblem> problems) {
        try {
            return compiler.compile(rulesFolder);
        } catch (RuleCompilationException e) {
            e.problems().forEach(problem ->
                    problems.add(new ContentProblem(problem.file(), problem.line(), problem.message())));
            return null;
        }
    }
}
