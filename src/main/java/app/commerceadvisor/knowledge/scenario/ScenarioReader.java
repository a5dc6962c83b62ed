package app.commerceadvisor.knowledge.scenario;

import app.commerceadvisor.knowledge.ContentProblem;
import app.commerceadvisor.knowledge.KnowledgeBaseException;
import app.commerceadvisor.knowledge.LineLocator;
import app.commerceadvisor.knowledge.YamlFileReader;
import app.commerceadvisor.pitfall.PitfallCatalogue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Reads the scenario files of a folder and checks they name known pitfalls. */
public final class ScenarioReader {

    /** A scenario and the file it came from. */
    public record ScenarioFile(Path file, Scenario scenario) {
    }

    private ScenarioReader() {
    }

    /**
     * @throws KnowledgeBaseException with {@code file:line: message} for every unreadable file, missing
     *                                name, duplicate name or unknown pitfall id
     */
    public static List<ScenarioFile> read(Path folder, PitfallCatalogue pitfalls) {
        List<ContentProblem> problems = new ArrayList<>();
        List<ScenarioFile> scenarios = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Path file : yamlFiles(folder)) {
            Scenario scenario = YamlFileReader.read(file, Scenario.class, problems);
            if (scenario == null) {
                continue;
            }
            if (scenario.name() == null || scenario.name().isBlank()) {
                problems.add(new ContentProblem(file.toString(), 0, "the scenario has no name"));
            } else if (!names.add(scenario.name())) {
                problems.add(new ContentProblem(file.toString(), 0, "another scenario is named '" + scenario.name() + "'"));
            }
            List<String> named = new ArrayList<>(scenario.expect().fire());
            named.addAll(scenario.expect().notFire());
            LineLocator lines = new LineLocator(file);
            for (String pitfall : named) {
                if (pitfalls.find(pitfall).isEmpty()) {
                    problems.add(new ContentProblem(file.toString(), lines.lineOfListItem(pitfall),
                            "pitfall '" + pitfall + "' is not in the catalogue"));
                }
            }
            scenarios.add(new ScenarioFile(file, scenario));
        }
        if (!problems.isEmpty()) {
            throw new KnowledgeBaseException(problems);
        }
        return scenarios;
    }

    private static List<Path> yamlFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.list(folder)) {
            return paths.filter(path -> path.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }
}
