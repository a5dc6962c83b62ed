package app.commerceadvisor.replay;

import app.commerceadvisor.knowledge.ContentConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A copy of the content on disk, in a temporary folder, with one file as a candidate edit has it: what a preview
 * of an unsaved edit loads. The content itself is never written to. Deleted on {@link #close()}.
 */
final class EditedContent implements AutoCloseable {

    private final ContentConfig content;
    private final Path root;
    private final Path rules;
    private final Path knowledgeBase;

    private EditedContent(ContentConfig content, Path root) {
        this.content = content;
        this.root = root;
        // each folder keeps its own name (a rule file's package names its folder)
        this.rules = root.resolve("rules").resolve(content.rules().toAbsolutePath().normalize().getFileName());
        this.knowledgeBase = root.resolve("knowledge-base")
                .resolve(content.knowledgeBase().toAbsolutePath().normalize().getFileName());
    }

    static EditedContent of(ContentConfig content, CandidateEdit edit) {
        try {
            EditedContent copy = new EditedContent(content, Files.createTempDirectory("advisor-preview-"));
            try {
                copyTree(content.rules(), copy.rules);
                copyTree(content.knowledgeBase(), copy.knowledgeBase);
                Path folder = edit.inRules() ? copy.rules : copy.knowledgeBase;
                Path file = folder.resolve(edit.relative()).normalize();
                if (!file.startsWith(folder)) {
                    throw new IllegalArgumentException("not a file of the content: " + edit.path());
                }
                Files.createDirectories(file.getParent());
                Files.writeString(file, edit.text());
                return copy;
            } catch (IOException | RuntimeException e) {
                copy.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the content for a preview", e);
        }
    }

    Path rules() {
        return rules;
    }

    Path knowledgeBase() {
        return knowledgeBase;
    }

    /** A problem of the copy ({@code file:line: message}) naming the file as it is in the content. */
    String asInContent(String problem) {
        return problem.replace(rules.toString(), content.rules().toString())
                .replace(knowledgeBase.toString(), content.knowledgeBase().toString());
    }

    @Override
    public void close() {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }
}
