package app.commerceadvisor.knowledge.check;

import app.commerceadvisor.knowledge.ContentProblem;
import app.commerceadvisor.knowledge.ThresholdDefinition;
import app.commerceadvisor.pitfall.PitfallCatalogue;
import app.commerceadvisor.questionnaire.Questionnaire;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks that what the rule files name exists: every {@code question == "..."} is a question of the
 * questionnaire, every {@code Threshold(name == "...")} a threshold of thresholds.yaml and every
 * {@code @pitfall("...")} a pitfall of the catalogue. A typo there would
 * otherwise make a rule silently never fire, or fire without texts to show. Also refuses
 * {@code not Answer(...)}: it would take a skipped question for a "no".
 */
public final class RuleReferenceCheck {

    private static final Pattern QUESTION = Pattern.compile("question\\s*==\\s*\"([^\"]*)\"");
    private static final Pattern THRESHOLD = Pattern.compile("Threshold\\s*\\(\\s*name\\s*==\\s*\"([^\"]*)\"");
    private static final Pattern ABSENT_ANSWER = Pattern.compile("\\bnot\\s*\\(?\\s*Answer\\s*\\(");
    private static final Pattern PITFALL = Pattern.compile("@pitfall\\s*\\(\\s*\"([^\"]*)\"\\s*\\)");

    private final List<ContentProblem> problems;

    public RuleReferenceCheck(List<ContentProblem> problems) {
        this.problems = problems;
    }

    /**
     * @param compiledPitfalls the pitfall ids the compiled rules carry, to catch references written in
     *                         a form the line scan does not recognise
     */
    public void check(Path rulesFolder, Questionnaire questionnaire, PitfallCatalogue pitfalls,
            List<ThresholdDefinition> thresholds, Set<String> compiledPitfalls) {
        Set<String> unknownPitfalls = new HashSet<>();
        Set<String> thresholdIds = new HashSet<>();
        thresholds.forEach(threshold -> thresholdIds.add(threshold.id()));
        for (Path file : ruleFiles(rulesFolder)) {
            List<String> lines = readLines(file);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                Matcher question = QUESTION.matcher(line);
                while (question.find()) {
                    if (questionnaire.question(question.group(1)).isEmpty()) {
                        report(file, i + 1, "question '" + question.group(1) + "' is not in the questionnaire");
                    }
                }
                Matcher threshold = THRESHOLD.matcher(line);
                while (threshold.find()) {
                    if (!thresholdIds.contains(threshold.group(1))) {
                        report(file, i + 1, "threshold '" + threshold.group(1) + "' is not in thresholds.yaml");
                    }
                }
                if (ABSENT_ANSWER.matcher(line).find()) {
                    report(file, i + 1, "'not Answer(...)' also matches a question that was skipped, so a blank "
                            + "answer would count as 'no'; match the answer that says it instead, e.g. choice == \"no\"");
                }
                Matcher pitfall = PITFALL.matcher(line);
                while (pitfall.find()) {
                    if (pitfalls.find(pitfall.group(1)).isEmpty()) {
                        unknownPitfalls.add(pitfall.group(1));
                        report(file, i + 1, "pitfall '" + pitfall.group(1) + "' is not in the pitfall catalogue (knowledge-base/pitfalls/)");
                    }
                }
            }
        }
        for (String pitfall : compiledPitfalls) {
            if (pitfalls.find(pitfall).isEmpty() && unknownPitfalls.add(pitfall)) {
                report(rulesFolder, 0, "a rule names pitfall '" + pitfall + "', which is not in the pitfall catalogue (knowledge-base/pitfalls/)");
            }
        }
    }

    private void report(Path file, int line, String message) {
        problems.add(new ContentProblem(file.toString(), line, message));
    }

    private static List<Path> ruleFiles(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(path -> path.getFileName().toString().endsWith(".drl")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            return List.of();
        }
    }
}
