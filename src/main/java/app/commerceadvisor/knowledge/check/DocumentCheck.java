package app.commerceadvisor.knowledge.check;

import app.commerceadvisor.knowledge.ContentProblem;
import app.commerceadvisor.knowledge.LineLocator;
import app.commerceadvisor.knowledge.SourceDocument;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks documents.yaml: every document is named once by its file and has a title in each language the
 * questionnaire serves, since findings show the title to participants in the report's language.
 */
public final class DocumentCheck {

    private final Path file;
    private final LineLocator lines;
    private final List<String> languages;
    private final List<ContentProblem> problems;

    public DocumentCheck(Path file, List<String> languages, List<ContentProblem> problems) {
        this.file = file;
        this.lines = new LineLocator(file);
        this.languages = languages;
        this.problems = problems;
    }

    public void check(List<SourceDocument> documents) {
        Set<String> files = new HashSet<>();
        for (SourceDocument document : documents) {
            int line = lines.lineOfKeyValue("file", document.file());
            if (document.file() == null || document.file().isBlank()) {
                report(line, "a document names no file");
                continue;
            }
            String name = "document '" + document.file() + "'";
            if (!files.add(document.file())) {
                report(line, name + " is listed twice");
            }
            TextCheck.requireText(document.title(), name + " title", languages, message -> report(line, message));
        }
    }

    private void report(int line, String message) {
        problems.add(new ContentProblem(file.toString(), line, message));
    }
}
