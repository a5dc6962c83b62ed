package app.commerceadvisor.knowledge.check;

import app.commerceadvisor.knowledge.ContentProblem;
import app.commerceadvisor.knowledge.LineLocator;
import app.commerceadvisor.pitfall.PitfallCatalogue;
import app.commerceadvisor.pitfall.RecommendationConflict;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks conflicts.yaml: each conflict names two different pitfalls of the catalogue (and only catalogue
 * pitfalls in {@code alsoFound}) and rewords the yielding recommendation in every language.
 */
public final class ConflictCheck {

    private final Path file;
    private final LineLocator lines;
    private final List<String> languages;
    private final List<ContentProblem> problems;

    public ConflictCheck(Path file, List<String> languages, List<ContentProblem> problems) {
        this.file = file;
        this.lines = new LineLocator(file);
        this.languages = languages;
        this.problems = problems;
    }

    public void check(List<RecommendationConflict> conflicts, PitfallCatalogue catalogue) {
        Set<String> ids = new HashSet<>();
        for (RecommendationConflict conflict : conflicts) {
            int line = lines.lineOfId(conflict.id());
            IdCheck.check(conflict.id(), "conflict", ids, message -> report(line, message));
            String name = "conflict '" + conflict.id() + "'";
            requirePitfall(conflict.prevails(), "prevails", name, line, catalogue);
            requirePitfall(conflict.yields(), "yields", name, line, catalogue);
            if (conflict.prevails() != null && conflict.prevails().equals(conflict.yields())) {
                report(line, name + ": prevails and yields name the same pitfall '" + conflict.prevails() + "'");
            }
            for (String other : conflict.alsoFound()) {
                if (catalogue.find(other).isEmpty()) {
                    report(line, name + ": alsoFound names '" + other
                            + "', which is not a pitfall of the catalogue");
                }
            }
            TextCheck.requireText(conflict.recommendation(), name + " recommendation (the yielding pitfall's advice, "
                    + "reworded)", languages, message -> report(line, message));
        }
    }

    private void requirePitfall(String id, String field, String name, int line, PitfallCatalogue catalogue) {
        if (id == null || id.isBlank()) {
            report(line, name + ": " + field + " names no pitfall");
        } else if (catalogue.find(id).isEmpty()) {
            report(line, name + ": " + field + " '" + id + "' is not a pitfall of the catalogue");
        }
    }

    private void report(int line, String message) {
        problems.add(new ContentProblem(file.toString(), line, message));
    }
}
