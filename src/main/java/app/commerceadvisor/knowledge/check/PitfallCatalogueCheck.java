package app.commerceadvisor.knowledge.check;

import app.commerceadvisor.knowledge.ContentProblem;
import app.commerceadvisor.knowledge.LineLocator;
import app.commerceadvisor.knowledge.SourceDocument;
import app.commerceadvisor.pitfall.Pitfall;
import app.commerceadvisor.pitfall.PitfallCatalogue;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks that every pitfall has its severity, urgency and texts in every language, cites a listed source
 * document with the section's heading translated and a quote, and names an existing root cause.
 */
public final class PitfallCatalogueCheck {

    private final Set<String> documentFiles;
    private final List<String> languages;
    private final List<ContentProblem> problems;
    private final Set<String> ids = new HashSet<>();
    private final Map<String, Cited> rootCauses = new LinkedHashMap<>();
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
            if (pitfall.urgency() == null) {
                report(line, name + ": urgency is missing (this-week, before-scaling or over-time)");
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
            SourceCheck.check(pitfall.sources(), documentFiles, languages, name, message -> report(line, message));
            if (pitfall.rootCause() != null) {
                rootCauses.put(pitfall.id(), new Cited(pitfallFile, line));
            }
        }
    }

    /**
     * Checks, once every file is checked, that each root cause names another pitfall of the catalogue and
     * one that is not itself a consequence: findings are grouped under a cause one level deep.
     */
    public void checkRootCauses(PitfallCatalogue catalogue) {
        rootCauses.forEach((id, cited) -> {
            String cause = catalogue.find(id).orElseThrow().rootCause();
            String name = "pitfall '" + id + "'";
            Optional<Pitfall> root = catalogue.find(cause);
            if (cause.equals(id)) {
                problems.add(new ContentProblem(cited.file().toString(), cited.line(), name + ": rootCause names the pitfall itself"));
            } else if (root.isEmpty()) {
                problems.add(new ContentProblem(cited.file().toString(), cited.line(), name + ": rootCause '" + cause
                        + "' is not a pitfall of the catalogue"));
            } else if (root.get().rootCause() != null) {
                problems.add(new ContentProblem(cited.file().toString(), cited.line(), name + ": rootCause '" + cause
                        + "' has a root cause of its own ('" + root.get().rootCause() + "'); name that one instead, "
                        + "findings are grouped under one cause"));
            }
        });
    }

    private record Cited(Path file, int line) {
    }

    private void report(int line, String message) {
        problems.add(new ContentProblem(file.toString(), line, message));
    }
}
