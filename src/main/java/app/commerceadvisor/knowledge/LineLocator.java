package app.commerceadvisor.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/** Finds the line of a file on which an entry with a given id is declared, for precise error reports. */
public final class LineLocator {

    private final List<String> lines;

    public LineLocator(Path file) {
        List<String> read;
        try {
            read = Files.readAllLines(file);
        } catch (IOException e) {
            read = List.of();
        }
        this.lines = read;
    }

    /** The 1-based line of the first {@code id: <id>} entry, or 0 if there is none. */
    public int lineOfId(String id) {
        return lineOfIdAfter(id, 0);
    }

    /** The first line after {@code line} that declares {@code id: <id>}, e.g. an option of a given question, or 0. */
    public int lineOfIdAfter(String id, int line) {
        if (id == null) {
            return 0;
        }
        Pattern declaration = Pattern.compile("^\\s*(-\\s*)?id:\\s*[\"']?" + Pattern.quote(id) + "[\"']?\\s*(#.*)?$");
        for (int i = Math.max(line, 0); i < lines.size(); i++) {
            if (declaration.matcher(lines.get(i)).matches()) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The last line at or before {@code line} that declares the key {@code key}, or {@code line} if none does. */
    public int lineOfKeyBefore(String key, int line) {
        Pattern declaration = Pattern.compile("^\\s*(-\\s*)?[\"']?" + Pattern.quote(key) + "[\"']?\\s*:.*$");
        for (int i = Math.min(line, lines.size()) - 1; i >= 0; i--) {
            if (declaration.matcher(lines.get(i)).matches()) {
                return i + 1;
            }
        }
        return line;
    }

    /** The first line that declares {@code key}, or 0. */
    public int lineOfKey(String key) {
        int line = lineOfKeyBefore(key, lines.size() + 1);
        return line > lines.size() ? 0 : line;
    }

    /** The 1-based line of the first entry declaring {@code key: <value>}, e.g. {@code - file: 000.txt}, or 0. */
    public int lineOfKeyValue(String key, String value) {
        if (value == null) {
            return 0;
        }
        Pattern declaration = Pattern.compile("^\\s*(-\\s*)?" + Pattern.quote(key) + ":\\s*[\"']?"
                + Pattern.quote(value) + "[\"']?\\s*(#.*)?$");
        for (int i = 0; i < lines.size(); i++) {
            if (declaration.matcher(lines.get(i)).matches()) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The first line on which {@code value} appears as a YAML list item or inside a flow list, or 0. */
    public int lineOfListItem(String value) {
        Pattern item = Pattern.compile("(^\\s*-\\s*|[\\[,]\\s*)[\"']?" + Pattern.quote(value) + "[\"']?\\s*([,\\]#]|$)");
        for (int i = 0; i < lines.size(); i++) {
            if (item.matcher(lines.get(i)).find()) {
                return i + 1;
            }
        }
        return 0;
    }
}
