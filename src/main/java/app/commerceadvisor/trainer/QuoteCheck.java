package app.commerceadvisor.trainer;

import app.commerceadvisor.knowledge.ContentProblem;
import app.commerceadvisor.knowledge.KnowledgeBase;
import app.commerceadvisor.knowledge.LineLocator;
import app.commerceadvisor.knowledge.Source;
import app.commerceadvisor.pitfall.Pitfall;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * With the source documents at hand ({@code ./advisor check --documents DIR}), checks that every quote a
 * pitfall cites is the document's own words: found in the cited document with white space left out on
 * both sides (documents break lines mid-sentence, and Chinese has no spaces to keep), so a participant who
 * looks it up finds it.
 * The documents are not part of the content, so the service cannot make this check itself.
 */
final class QuoteCheck {

    private final KnowledgeBase knowledgeBase;
    private final Path pitfallFolder;
    private final Path documents;
    private final Map<String, String> texts = new HashMap<>();

    QuoteCheck(KnowledgeBase knowledgeBase, Path knowledgeBaseFolder, Path documents) {
        this.knowledgeBase = knowledgeBase;
        this.pitfallFolder = knowledgeBaseFolder.resolve("pitfalls");
        this.documents = documents;
    }

    /** Adds a problem for every quote not found in its document, and for every cited document not in the folder. */
    void check(List<ContentProblem> problems) {
        if (!Files.isDirectory(documents)) {
            problems.add(new ContentProblem(documents.toString(), 0, "folder not found; --documents names the folder "
                    + "that holds the source documents listed in knowledge-base/documents.yaml"));
            return;
        }
        for (Pitfall pitfall : knowledgeBase.pitfalls().all()) {
            for (Source source : pitfall.sources()) {
                if (source.quote() == null) {
                    continue; // the loader reports a missing quote
                }
                String text = text(source.document());
                if (text == null) {
                    problems.add(new ContentProblem(documents.resolve(source.document()).toString(), 0,
                            "document not found; pitfall '" + pitfall.id() + "' quotes it"));
                } else if (!text.contains(collapsed(source.quote()))) {
                    Located located = locate(pitfall.id(), source.quote());
                    problems.add(new ContentProblem(located.file(), located.line(), "pitfall '" + pitfall.id()
                            + "': the quote of '" + source.section() + "' is not in " + source.document()
                            + " word for word; copy it from the document (line breaks may differ)"));
                }
            }
        }
    }

    private String text(String document) {
        return texts.computeIfAbsent(document, file -> {
            try {
                return collapsed(Files.readString(documents.resolve(file), StandardCharsets.UTF_8));
            } catch (IOException e) {
                return null;
            }
        });
    }

    /** The text without white space, which decides nothing about whether a quote is the document's words. */
    static String collapsed(String text) {
        return text.replaceAll("\\s+", "");
    }

    private record Located(String file, int line) {
    }

    /** The pitfall file and the line of the quote (of the pitfall's id when the quote's line is not found). */
    private Located locate(String pitfall, String quote) {
        try (Stream<Path> files = Files.list(pitfallFolder)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".yaml")).sorted().toList()) {
                LineLocator lines = new LineLocator(file);
                int idLine = lines.lineOfId(pitfall);
                if (idLine > 0) {
                    int quoteLine = lineOf(file, quote, idLine);
                    return new Located(file.toString(), quoteLine > 0 ? quoteLine : idLine);
                }
            }
        } catch (IOException e) {
            // reported without a line below
        }
        return new Located(pitfallFolder.toString(), 0);
    }

    private static int lineOf(Path file, String quote, int from) {
        String start = quote.strip();
        start = start.substring(0, Math.min(12, start.length()));
        try {
            List<String> lines = Files.readAllLines(file);
            for (int i = from; i < lines.size(); i++) {
                if (lines.get(i).contains(start)) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return 0;
    }
}
