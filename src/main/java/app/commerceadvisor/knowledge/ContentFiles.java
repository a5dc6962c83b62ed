package app.commerceadvisor.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Every file of one version of the content, by its path under {@code rules/} or {@code knowledge-base/}
 * (e.g. {@code rules/channels.drl}, {@code knowledge-base/pitfalls/01-sales.yaml}), and the version those
 * files make: the SHA-256 over their paths and contents in that order. The paths name the folders by their
 * role, not by where they lie on disk, so the same content gives the same version on every machine and in
 * every folder (a copy restored from the database included). They are hashed, and kept in
 * {@link #files()}, rules first, each folder's files in the order of their paths.
 */
public record ContentFiles(String version, Map<String, byte[]> files) {

    /** The prefix of every rule file's path. */
    public static final String RULES = "rules/";
    /** The prefix of every knowledge-base file's path. */
    public static final String KNOWLEDGE_BASE = "knowledge-base/";

    public ContentFiles {
        files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
    }

    /** Reads every file under the two folders. */
    public static ContentFiles read(Path rulesFolder, Path knowledgeBaseFolder) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        readInto(files, RULES, rulesFolder);
        readInto(files, KNOWLEDGE_BASE, knowledgeBaseFolder);
        return of(files);
    }

    /** The files (by their paths under rules/ and knowledge-base/) with the version they make. */
    public static ContentFiles of(Map<String, byte[]> files) {
        Map<String, byte[]> ordered = new LinkedHashMap<>();
        files.keySet().stream()
                .sorted(Comparator.comparing((String name) -> !name.startsWith(RULES)).thenComparing(name -> name))
                .forEach(name -> ordered.put(name, files.get(name)));
        MessageDigest digest = sha256();
        ordered.forEach((name, content) -> {
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(content);
            digest.update((byte) 0);
        });
        return new ContentFiles("sha256:" + HexFormat.of().formatHex(digest.digest()), ordered);
    }

    /**
     * Writes the files to {@code folder}, which is emptied first: the rules to {@code folder/rules}, the
     * knowledge base to {@code folder/knowledge-base}.
     */
    public void writeTo(Path folder) {
        Path root = folder.toAbsolutePath().normalize();
        Path rules = root.resolve("rules");
        Path knowledgeBase = root.resolve("knowledge-base");
        try {
            deleteTree(root);
            Files.createDirectories(rules);
            Files.createDirectories(knowledgeBase);
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path target = root.resolve(file.getKey()).normalize();
                if (!(file.getKey().startsWith(RULES) && target.startsWith(rules)
                        || file.getKey().startsWith(KNOWLEDGE_BASE) && target.startsWith(knowledgeBase))) {
                    throw new IllegalArgumentException("'" + file.getKey() + "' is not a path under rules/ or knowledge-base/");
                }
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the content to " + root, e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static void readInto(Map<String, byte[]> files, String prefix, Path folder) {
        if (!Files.isDirectory(folder)) {
            return; // the loader reports the missing folder
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                files.put(prefix + relative(folder, file), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder, e);
        }
    }

    private static String relative(Path folder, Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
