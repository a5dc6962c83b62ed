package app.commerceadvisor.knowledge;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks that every pitfall has its texts in every language and cites a listed source document. */
final class PitfallCatalogueCheck {

    private final Path file;
    private final LineLocator lines;
    private final List<ContentProblem> problems;

    PitfallCatalogueCheck(Path file, List<ContentProblem> problems) {
        this.file = file;
        this.lines = new LineLocator(file);
        this.problems = problems;
    }

    void check(List<Pitfall> pitfalls, List<SourceDocument> documents, List<String> languages) {
        Set<String> documentFiles = documents.stream().map(SourceDocument::file).collect(Collectors.toSet());
        Set<String> ids = new HashSet<>();
        for (Pitfall pitfall : pitfalls) {
            int line = lines.lineOfId(pitfall.id());
            String name = "pitfall '" + pitfall.id() + "'";
            if (pitfall.id() == null || !QuestionnaireCheck.ID.matcher(pitfall.id()).matches()) {
                report(line, "pitfall id '" + pitfall.id() + "' must be lower-case words joined by hyphens");
            } else if (!ids.add(pitfall.id())) {
                report(line, name + " appears more than once");
            }
            if (pitfall.severity() == null) {
                report(line, name + ": severity is missing (high, medium, low or info)");
            }
            if (pitfall.area() == null || pitfall.area().isBlank()) {
                report(line, name + ": area is missing");
            }
            TextCheck.requireText(pitfall.title(), name + " title", languages, message -> report(line, message));
            TextCheck.requireText(pitfall.explanation(), name + " explanation", languages, message -> report(line, message));
            TextCheck.requireText(pitfall.recommendation(), name + " recommendation", languages, message -> report(line, message));
            if (pitfall.sources().isEmpty()) {
                report(line, name + ": cites no source; every pitfall traces to a source document and section");
            }
            for (Source source : pitfall.sources()) {
                if (source.document() == null || !documentFiles.contains(source.document())) {
                    report(line, name + ": source document '" + source.document() + "' is not listed in documents.yaml");
                }
                if (source.section() == null || source.section().isBlank()) {
                    report(line, name + ": a source of '" + source.document() + "' names no section");
                }
            }
        }
    }

    private void report(int line, String message) {
        problems.add(new ContentProblem(file.toString(), line, message));
    }
}
