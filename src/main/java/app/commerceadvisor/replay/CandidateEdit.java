package app.commerceadvisor.replay;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One file of the content as a trainer would save it, to be previewed before it is saved: its path as the trainer
 * names it, under {@code rules/} (a {@code .drl} file) or {@code knowledge-base/} (a {@code .yaml} file), new or
 * replacing the file of that name, and its whole text.
 *
 * @param inRules  whether the file is under rules/ (else under knowledge-base/)
 * @param relative the path inside that folder, e.g. {@code channels.drl} or {@code pitfalls/01-sales.yaml}
 */
public record CandidateEdit(boolean inRules, Path relative, String text) {

    /** The longest file a preview takes, in characters. */
    public static final int MAX_LENGTH = 60_000;

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    /**
     * The edit of the file at {@code path} (e.g. {@code rules/channels.drl}); empty when the path names no file a
     * trainer edits (another folder, another kind of file, {@code ..}) or the text is longer than {@link #MAX_LENGTH}.
     */
    public static Optional<CandidateEdit> of(String path, String text) {
        if (path == null || text == null || text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String[] parts = path.strip().split("/", -1);
        if (parts.length < 2) {
            return Optional.empty();
        }
        boolean inRules = parts[0].equals("rules");
        if (!inRules && !parts[0].equals("knowledge-base")) {
            return Optional.empty();
        }
        for (int i = 1; i < parts.length; i++) {
            if (!NAME.matcher(parts[i]).matches() || parts[i].contains("..")) {
                return Optional.empty();
            }
        }
        String file = parts[parts.length - 1];
        if (inRules ? !file.endsWith(".drl") : !file.endsWith(".yaml")) {
            return Optional.empty();
        }
        Path relative = Path.of(parts[1], java.util.Arrays.copyOfRange(parts, 2, parts.length));
        return Optional.of(new CandidateEdit(inRules, relative, text));
    }

    /** The path as the trainer names it. */
    public String path() {
        return (inRules ? "rules/" : "knowledge-base/") + relative.toString().replace('\\', '/');
    }
}
