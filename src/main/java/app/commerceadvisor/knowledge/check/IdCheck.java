package app.commerceadvisor.knowledge.check;

import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/** Ids of questions, options, sections, pitfalls and thresholds: lower-case words joined by hyphens, unique. */
final class IdCheck {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private IdCheck() {
    }

    /** Reports a malformed id or one already in {@code seen}; adds a new one to {@code seen}. */
    static void check(String id, String what, Set<String> seen, Consumer<String> report) {
        if (id == null || !ID.matcher(id).matches()) {
            report.accept(what + " id '" + id + "' must be lower-case words joined by hyphens, e.g. content-lead");
        } else if (!seen.add(id)) {
            report.accept(what + " id '" + id + "' appears more than once");
        }
    }
}
