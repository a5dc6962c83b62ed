package app.commerceadvisor.knowledge.check;

import app.commerceadvisor.knowledge.ContentProblem;
import app.commerceadvisor.knowledge.LineLocator;
import app.commerceadvisor.knowledge.SourceDocument;
import app.commerceadvisor.knowledge.ThresholdDefinition;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Every threshold has an id, a value and a description saying where the figure comes from. */
public final class ThresholdCheck {

    private final Path file;
    private final LineLocator lines;
    private final Set<String> documentFiles;
    private final List<String> languages;
    private final List<ContentProblem> problems;

    public ThresholdCheck(Path file, List<SourceDocument> documents, List<String> languages, List<ContentProblem> problems) {
        this.file = file;
        this.lines = new LineLocator(file);
        this.documentFiles = documents.stream().map(SourceDocument::file).collect(Collectors.toSet());
        this.languages = languages;
        this.problems = problems;
    }

    public void check(List<ThresholdDefinition> thresholds) {
        Set<String> ids = new HashSet<>();
        for (ThresholdDefinition threshold : thresholds) {
            int line = lines.lineOfId(threshold.id());
            String name = "threshold '" + threshold.id() + "'";
            IdCheck.check(threshold.id(), "threshold", ids, message -> report(line, message));
            if (threshold.value() == null || !Double.isFinite(threshold.value())) {
                report(line, name + ": value is missing");
            }
            TextCheck.requireText(threshold.description(), name + " description", languages, message -> report(line, message));
            SourceCheck.checkCited(threshold.sources(), documentFiles, name, message -> report(line, message));
        }
    }

    private void report(int line, String message) {
        problems.add(new ContentProblem(file.toString(), line, message));
    }
}
