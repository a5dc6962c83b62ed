package app.commerceadvisor.trainer;

import app.commerceadvisor.assessment.AssessmentRequest;
import app.commerceadvisor.assessment.AssessmentView.FindingView;
import app.commerceadvisor.assessment.Assessor;
import app.commerceadvisor.assessment.Assessor.Assessed;
import app.commerceadvisor.assessment.Evidence;
import app.commerceadvisor.assessment.RuleEvidence;
import app.commerceadvisor.engine.RuleOutline;
import app.commerceadvisor.http.InvalidInputException;
import app.commerceadvisor.knowledge.ContentProblem;
import app.commerceadvisor.knowledge.KnowledgeBase;
import app.commerceadvisor.knowledge.LineLocator;
import app.commerceadvisor.knowledge.scenario.Scenario;
import app.commerceadvisor.knowledge.scenario.ScenarioReader.ScenarioFile;
import app.commerceadvisor.pitfall.Severity;
import app.commerceadvisor.trainer.CheckReport.ScenarioFailure;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Runs every scenario through the same evaluation the service uses (no database, no HTTP) and, for
 * each finding that differs from what the scenario expects, says why: for a missing finding, every
 * rule that could have produced it with the condition that failed; for an unexpected one, every rule
 * that found it and the answers each rested on. Records which rules fired, for coverage.
 */
final class ScenarioCheck {

    private final KnowledgeBase knowledgeBase;
    private final CheckReport report;
    private final Set<String> firedRules = new LinkedHashSet<>();
    private final Map<ScenarioFile, Assessed> assessed = new LinkedHashMap<>();

    ScenarioCheck(KnowledgeBase knowledgeBase, CheckReport report) {
        this.knowledgeBase = knowledgeBase;
        this.report = report;
    }

    Set<String> firedRules() {
        return firedRules;
    }

    /** Each scenario whose answers fit the questionnaire, with its evaluation. */
    Map<ScenarioFile, Assessed> assessed() {
        return assessed;
    }

    /** A scenario's merchant evaluated with these answers, as the service evaluates a submission. */
    static Assessed assess(KnowledgeBase knowledgeBase, Scenario scenario, Map<String, JsonNode> answers) {
        return Assessor.assess(new AssessmentRequest("scenario: " + scenario.name(), scenario.language(), answers),
                knowledgeBase, UUID.randomUUID(), Instant.now());
    }

    void run(List<ScenarioFile> scenarios) {
        for (ScenarioFile file : scenarios) {
            run(file);
        }
    }

    private void run(ScenarioFile file) {
        Scenario scenario = file.scenario();
        String where = file.file().toString();
        Assessed assessed;
        try {
            assessed = assess(knowledgeBase, scenario, scenario.answers());
        } catch (InvalidInputException e) {
            LineLocator lines = new LineLocator(file.file());
            e.errors().forEach(error -> report.problems.add(new ContentProblem(where,
                    lines.lineOfKey(error.field().replaceFirst("^answers\\.", "")),
                    "scenario '" + scenario.name() + "': " + error.field() + " " + error.english())));
            return;
        }
        this.assessed.put(file, assessed);
        firedRules.addAll(assessed.evaluation().firedRules());
        List<FindingView> findings = assessed.view().findings();
        Set<String> found = findings.stream().map(FindingView::pitfall).collect(Collectors.toCollection(LinkedHashSet::new));
        LineLocator lines = new LineLocator(file.file());
        ConditionExplainer explainer = new ConditionExplainer(assessed.facts(), knowledgeBase.thresholds(),
                assessed.evaluation().conclusions());
        for (String pitfall : scenario.expect().fire()) {
            if (!found.contains(pitfall)) {
                report.failedScenarios.add(new ScenarioFailure(new ContentProblem(where, lines.lineOfListItem(pitfall),
                        "scenario '" + scenario.name() + "' expects '" + pitfall + "', which no rule found"),
                        whyNot(pitfall, explainer)));
            }
        }
        for (String pitfall : scenario.expect().notFire()) {
            if (found.contains(pitfall)) {
                report.failedScenarios.add(new ScenarioFailure(new ContentProblem(where, lines.lineOfListItem(pitfall),
                        "scenario '" + scenario.name() + "' expects no '" + pitfall + "', but it was found"),
                        why(pitfall, findings)));
            }
        }
        Severity highest = scenario.expect().highestSeverity();
        if (highest != null) {
            for (FindingView finding : findings) {
                if (Severity.valueOf(finding.severity().toUpperCase()).compareTo(highest) < 0) {
                    report.failedScenarios.add(new ScenarioFailure(new ContentProblem(where,
                            lines.lineOfKey("highestSeverity"),
                            "scenario '" + scenario.name() + "' allows findings up to " + highest.id() + ", but '"
                                    + finding.pitfall() + "' is " + finding.severity()),
                            why(finding.pitfall(), findings)));
                }
            }
        }
    }

    private List<String> whyNot(String pitfall, ConditionExplainer explainer) {
        List<String> lines = new ArrayList<>();
        List<RuleOutline> rules = knowledgeBase.rules().outline().stream()
                .filter(rule -> pitfall.equals(rule.pitfall())).toList();
        if (rules.isEmpty()) {
            lines.add("no rule names @pitfall(\"" + pitfall + "\")");
        }
        Set<String> explained = new LinkedHashSet<>();
        for (RuleOutline rule : rules) {
            whyNot(rule, explainer, "", lines, explained);
        }
        return lines;
    }

    /**
     * The rule's conditions; for a conclusion it needed and that was not drawn, the rules that would
     * have drawn it, one level deeper, each rule once.
     */
    private void whyNot(RuleOutline rule, ConditionExplainer explainer, String indent, List<String> lines,
            Set<String> explained) {
        if (!explained.add(rule.name())) {
            lines.add(indent + rule.file() + ":" + rule.line() + ": rule \"" + rule.name() + "\" (see above)");
            return;
        }
        lines.add(indent + rule.file() + ":" + rule.line() + ": rule \"" + rule.name() + "\" did not fire:");
        for (ConditionExplainer.Verdict verdict : explainer.explain(rule)) {
            lines.add(indent + "  " + verdict.line());
            String conclusion = verdict.pattern().equalTo("name");
            if (verdict.failed() && "Conclusion".equals(verdict.pattern().type()) && !verdict.pattern().negated()
                    && conclusion != null) {
                knowledgeBase.rules().outline().stream()
                        .filter(other -> other.concludes().contains(conclusion))
                        .forEach(other -> whyNot(other, explainer, indent + "    ", lines, explained));
            }
        }
    }

    private List<String> why(String pitfall, List<FindingView> findings) {
        List<String> lines = new ArrayList<>();
        for (FindingView finding : findings) {
            if (!finding.pitfall().equals(pitfall)) {
                continue;
            }
            for (RuleEvidence fired : finding.rules()) {
                RuleOutline rule = knowledgeBase.rules().outline().stream()
                        .filter(outline -> outline.name().equals(fired.rule())).findFirst().orElse(null);
                String at = rule == null ? "" : rule.file() + ":" + rule.line() + ": ";
                String answers = fired.evidence().stream().map(ScenarioCheck::shown).collect(Collectors.joining("; "));
                lines.add(at + "rule \"" + fired.rule() + "\" fired"
                        + (answers.isEmpty() ? "" : " on the answers " + answers)
                        + (fired.conclusions().isEmpty() ? "" : ", through the conclusions "
                                + String.join(", ", fired.conclusions())));
            }
        }
        return lines;
    }

    private static String shown(Evidence evidence) {
        return evidence.question() + " = " + evidence.answer();
    }
}
