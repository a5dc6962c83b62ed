package app.commerceadvisor.trainer;

import app.commerceadvisor.assessment.Assessor.Assessed;
import app.commerceadvisor.engine.RuleOutline;
import app.commerceadvisor.engine.RuleOutline.ConstraintOutline;
import app.commerceadvisor.engine.RuleOutline.PatternOutline;
import app.commerceadvisor.knowledge.ContentProblem;
import app.commerceadvisor.knowledge.KnowledgeBase;
import app.commerceadvisor.knowledge.LineLocator;
import app.commerceadvisor.knowledge.scenario.ScenarioReader.ScenarioFile;
import app.commerceadvisor.pitfall.Pitfall;
import app.commerceadvisor.pitfall.RecommendationConflict;
import app.commerceadvisor.questionnaire.AnswerOption;
import app.commerceadvisor.questionnaire.AnswerType;
import app.commerceadvisor.questionnaire.Question;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What the scenarios and the rules leave untested or unused, counted per rule rather than per pitfall
 * (a rule no scenario fires is invisible when another rule finds the same pitfall): rules that fire in
 * no scenario, pitfalls no scenario expects or rules out, questions no rule reads (unless marked
 * {@code context: true}), conflicts between recommendations no scenario brings about, and options no rule compares with (a note only: an option can rightly mean
 * "nothing wrong here").
 */
final class CoverageCheck {

    private final KnowledgeBase knowledgeBase;
    private final Path knowledgeBaseFolder;
    private final CheckReport report;

    CoverageCheck(KnowledgeBase knowledgeBase, Path knowledgeBaseFolder, CheckReport report) {
        this.knowledgeBase = knowledgeBase;
        this.knowledgeBaseFolder = knowledgeBaseFolder;
        this.report = report;
    }

    void check(List<ScenarioFile> scenarios, Set<String> firedRules, Collection<Assessed> assessed) {
        for (RuleOutline rule : knowledgeBase.rules().outline()) {
            if (!firedRules.contains(rule.name())) {
                report.gap(rule.pitfall(), new ContentProblem(rule.file(), rule.line(), "rule \"" + rule.name()
                        + "\" fires in no scenario; add a scenario under knowledge-base/scenarios/ whose answers make it fire"));
            }
        }
        checkPitfalls(scenarios);
        checkQuestions();
        checkConflicts(assessed);
    }

    /** A conflict between recommendations that no scenario brings about is resolved untested. */
    private void checkConflicts(Collection<Assessed> assessed) {
        Path file = knowledgeBaseFolder.resolve("conflicts.yaml");
        LineLocator lines = new LineLocator(file);
        for (RecommendationConflict conflict : knowledgeBase.pitfalls().conflicts()) {
            boolean arises = assessed.stream().anyMatch(one -> one.view().findings().stream()
                    .anyMatch(finding -> finding.pitfall().equals(conflict.yields())
                            && conflict.prevails().equals(finding.recommendationYieldsTo())));
            if (!arises) {
                report.gap(conflict.yields(), new ContentProblem(file.toString(), lines.lineOfId(conflict.id()), "conflict '"
                        + conflict.id() + "' arises in no scenario; add a scenario in which '" + conflict.prevails()
                        + "' and '" + conflict.yields() + "' are both found"));
            }
        }
    }

    private void checkPitfalls(List<ScenarioFile> scenarios) {
        Set<String> mustFire = new HashSet<>();
        Set<String> mustNot = new HashSet<>();
        scenarios.forEach(file -> {
            mustFire.addAll(file.scenario().expect().fire());
            mustNot.addAll(file.scenario().expect().notFire());
        });
        Map<Path, LineLocator> files = new HashMap<>();
        for (Path file : pitfallFiles()) {
            files.put(file, new LineLocator(file));
        }
        for (Pitfall pitfall : knowledgeBase.pitfalls().all()) {
            Path file = files.keySet().stream().filter(path -> files.get(path).lineOfId(pitfall.id()) > 0)
                    .sorted().findFirst().orElse(knowledgeBaseFolder.resolve("pitfalls"));
            int line = files.containsKey(file) ? files.get(file).lineOfId(pitfall.id()) : 0;
            if (!mustFire.contains(pitfall.id())) {
                report.gap(pitfall.id(), new ContentProblem(file.toString(), line, "pitfall '" + pitfall.id()
                        + "' is expected by no scenario (no scenario lists it under expect: fire)"));
            }
            if (!mustNot.contains(pitfall.id())) {
                report.gap(pitfall.id(), new ContentProblem(file.toString(), line, "pitfall '" + pitfall.id()
                        + "' is ruled out by no scenario (no scenario lists it under expect: notFire)"));
            }
        }
    }

    private void checkQuestions() {
        Set<String> read = new HashSet<>();
        Set<String> readWhole = new HashSet<>();
        Map<String, Set<String>> comparedWith = new HashMap<>();
        for (RuleOutline rule : knowledgeBase.rules().outline()) {
            for (PatternOutline pattern : rule.patterns()) {
                String question = pattern.equalTo("question");
                if (!"Answer".equals(pattern.type()) || question == null) {
                    continue;
                }
                read.add(question);
                for (ConstraintOutline constraint : pattern.constraints()) {
                    if (constraint.field() == null || constraint.variable() != null
                            || (constraint.operator() != null && !constraint.literal())) {
                        readWhole.add(question); // its answer is compared as a whole, e.g. with a variable
                    } else if (constraint.literal()) {
                        comparedWith.computeIfAbsent(question, id -> new HashSet<>()).add(constraint.value());
                    }
                }
            }
        }
        for (Question question : knowledgeBase.questionnaire().questions()) {
            if (question.showIf() != null) {
                read.add(question.showIf().question());
                comparedWith.computeIfAbsent(question.showIf().question(), id -> new HashSet<>())
                        .addAll(question.showIf().oneOf());
            }
        }
        Path file = knowledgeBaseFolder.resolve("questionnaire.yaml");
        LineLocator lines = new LineLocator(file);
        for (Question question : knowledgeBase.questionnaire().questions()) {
            int line = lines.lineOfId(question.id());
            if (!read.contains(question.id()) && !question.context()) {
                report.coverage.add(new ContentProblem(file.toString(), line, "question '" + question.id()
                        + "' is read by no rule; if it is only asked for background, mark it with context: true"));
            }
            if (question.type() == AnswerType.YES_NO || !question.type().hasOptions()
                    || readWhole.contains(question.id()) || !read.contains(question.id())) {
                continue;
            }
            Set<String> used = comparedWith.getOrDefault(question.id(), Set.of());
            List<String> unused = question.options().stream().map(AnswerOption::id).filter(id -> !used.contains(id)).toList();
            if (!unused.isEmpty()) {
                report.notes.add(new ContentProblem(file.toString(), lines.lineOfIdAfter(unused.get(0), line),
                        "question '" + question.id() + "': no rule compares with " + (unused.size() == 1 ? "option " : "options ")
                                + String.join(", ", unused)));
            }
        }
    }

    private List<Path> pitfallFiles() {
        try (Stream<Path> paths = Files.list(knowledgeBaseFolder.resolve("pitfalls"))) {
            return paths.filter(path -> path.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
