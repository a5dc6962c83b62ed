package app.commerceadvisor.trainer;

import app.commerceadvisor.knowledge.ContentProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the check command found, in the trainer's terms: problems in the files, failing scenarios with
 * the conditions that decided them, coverage gaps, and notes that do not fail the check.
 */
final class CheckReport {

    /** A scenario whose findings differ from what it expects, with the reasoning behind each difference. */
    record ScenarioFailure(ContentProblem where, List<String> explanation) {
    }

    final List<ContentProblem> problems = new ArrayList<>();
    final List<ScenarioFailure> failedScenarios = new ArrayList<>();
    final List<ContentProblem> coverage = new ArrayList<>();
    /** The coverage gaps that concern one pitfall (its rules, its expectations, its conflicts), by pitfall id. */
    final Map<String, List<ContentProblem>> gapsByPitfall = new LinkedHashMap<>();
    final List<ContentProblem> blankAnswers = new ArrayList<>();
    final List<ContentProblem> notes = new ArrayList<>();
    String version;
    String summary;
    int scenarios;

    /** A coverage gap; {@code pitfall} is the pitfall it concerns, or null. */
    void gap(String pitfall, ContentProblem gap) {
        coverage.add(gap);
        if (pitfall != null) {
            gapsByPitfall.computeIfAbsent(pitfall, id -> new ArrayList<>()).add(gap);
        }
    }

    boolean passed() {
        return problems.isEmpty() && failedScenarios.isEmpty() && coverage.isEmpty() && blankAnswers.isEmpty();
    }

    int problemCount() {
        return problems.size() + failedScenarios.size() + coverage.size() + blankAnswers.size();
    }

    /** The report as the command prints it. */
    String text(long millis) {
        StringBuilder out = new StringBuilder();
        if (summary != null) {
            out.append(summary).append('\n');
        }
        section(out, "Problems", problems);
        if (!failedScenarios.isEmpty()) {
            out.append("\nFailing scenarios (").append(failedScenarios.size()).append(" of ").append(scenarios).append("):\n");
            for (ScenarioFailure failure : failedScenarios) {
                out.append("  ").append(failure.where()).append('\n');
                failure.explanation().forEach(line -> out.append("      ").append(line).append('\n'));
            }
        } else if (scenarios > 0) {
            out.append("\nScenarios: all ").append(scenarios).append(" give the findings they expect.\n");
        }
        section(out, "Coverage gaps", coverage);
        section(out, "Blank answers that add findings", blankAnswers);
        section(out, "Notes (do not fail the check)", notes);
        out.append('\n').append(passed()
                ? "OK: no problems"
                : "FAILED: " + problemCount() + " problem" + (problemCount() == 1 ? "" : "s"))
                .append(" (").append(String.format(java.util.Locale.ROOT, "%.1f", millis / 1000.0)).append(" s)\n");
        return out.toString();
    }

    private static void section(StringBuilder out, String title, List<ContentProblem> items) {
        if (items.isEmpty()) {
            return;
        }
        out.append('\n').append(title).append(" (").append(items.size()).append("):\n");
        items.forEach(item -> out.append("  ").append(item).append('\n'));
    }
}
