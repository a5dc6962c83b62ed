package app.commerceadvisor.replay;

import app.commerceadvisor.knowledge.ContentConfig;
import app.commerceadvisor.knowledge.ContentFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A copy of the content on disk, in a temporary folder, with one file as a candidate edit has it: what a preview
 * of an unsaved edit loads. The content itself is never written to. Deleted on {@link #close()}.
 */
final class EditedContent implements AutoCloseable {

    private final ContentConfig content;
    private final Path root;

    private EditedContent(ContentConfig content, Path root) {
        this.content = content;
        this.root = root;
    }

    static EditedContent of(ContentConfig content, CandidateEdit edit) {
        Map<String, byte[]> files = new LinkedHashMap<>(
                ContentFiles.read(content.rules(), content.knowledgeBase()).files());
        files.put(edit.path(), edit.text().getBytes(StandardCharsets.UTF_8));
        EditedContent copy;
        try {
            copy = new EditedContent(content, Files.createTempDirectory("advisor-preview-"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a folder for a preview", e);
        }
        try {
            ContentFiles.of(files).writeTo(copy.root);
            return copy;
        } catch (RuntimeException e) {
            copy.close();
            throw e;
        }
    }

    Path rules() {
        return root.resolve("rules");
    }

    Path knowledgeBase() {
        return root.resolve("knowledge-base");
    }

    /** A problem of the copy ({@code file:line: message}) naming the file as it is in the content. */
    String asInContent(String problem) {
        return problem.replace(rules().toString(), content.rules().toString())
                .replace(knowledgeBase().toString(), content.knowledgeBase().toString());
    }

    @Override
    public void close() {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}
