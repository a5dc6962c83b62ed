package app.commerceadvisor.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The SHA-256 of every file under some folders, taken over their relative paths and contents in a
 * fixed order, so the same content gives the same version on every machine.
 */
final class ContentHash {

    private ContentHash() {
    }

    static String of(List<Path> folders) {
        MessageDigest digest = sha256();
        for (Path folder : folders) {
            for (Path file : filesUnder(folder)) {
                String name = folder.getFileName() + "/" + folder.relativize(file).toString().replace('\\', '/');
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(read(file));
                digest.update((byte) 0);
            }
        }
        return "sha256:" + HexFormat.of().formatHex(digest.digest());
    }

    private static List<Path> filesUnder(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile)
                    .sorted((a, b) -> folder.relativize(a).toString().replace('\\', '/')
                            .compareTo(folder.relativize(b).toString().replace('\\', '/')))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
