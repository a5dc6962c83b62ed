package app.commerceadvisor.knowledge.check;

import app.commerceadvisor.knowledge.ContentProblem;
import app.commerceadvisor.knowledge.LineLocator;
import app.commerceadvisor.knowledge.SourceDocument;
import app.commerceadvisor.pitfall.Pitfall;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks that every pitfall has its texts in every language and cites a listed source document. */
public final class PitfallCatalogueCheck {

    private final Set<String> documentFiles;
    private final List<String> languages;
    private final List<ContentProblem> problems;
    private final Set<String> ids = new HashSet<>();
    private Path file;
    private LineLocator lines;

    public PitfallCatalogueCheck(List<SourceDocument> documents, List<String> languages, List<ContentProblem> problems) {
        this.documentFiles = documents.stream().map(SourceDocument::file).collect(Collectors.toSet());
        this.languages = languages;
        this.problems = problems;
    }

    /** Checks the pitfalls of one file; ids must be unique across all files checked. */
    public void check(Path pitfallFile, List<Pitfall> pitfalls) {
        this.file = pitfallFile;
        this.lines = new LineLocator(pitfallFile);
        for (Pitfall pitfall : pitfalls) {
            int line = lines.lineOfId(pitfall.id());
            String name = "pitfall '" + pitfall.id() + "'";
            IdCheck.check(pitfall.id(), "pitfall", ids, message -> report(line, message));
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
            SourceCheck.check(pitfall.sources(), documentFiles, name, message -> report(line, message));
        }
    }

    private void report(int line, String message) {
        problems.add(new ContentProblem(file.toString(), line, message));
    }
}
