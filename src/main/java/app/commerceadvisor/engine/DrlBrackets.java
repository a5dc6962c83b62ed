package app.commerceadvisor.engine;

import app.commerceadvisor.engine.DrlLayout.Mistake;
import app.commerceadvisor.engine.DrlTokens.Kind;
import app.commerceadvisor.engine.DrlTokens.Token;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The round brackets and quotes of a rule file, followed token by token: which brackets are open, each as
 * a trainer sees it ({@code Answer(}, {@code eval(}, {@code @pitfall(} or just {@code (}), and which quote
 * or closing bracket has no partner.
 */
final class DrlBrackets {

    private record Opener(int line, String label) {
    }

    private final Deque<Opener> open = new ArrayDeque<>();

    /** Follows one token; a quote left open on its line or a {@code )} too many comes back as a mistake. */
    Optional<Mistake> follow(Token token, Token previous, Token beforePrevious) {
        switch (token.kind()) {
            case TEXT -> {
                if (!token.closed()) {
                    String text = token.text().length() > 30 ? token.text().substring(0, 30) + "…" : token.text();
                    return Optional.of(new Mistake(token.line(), "a `" + token.text().charAt(0)
                            + "` is missing on this line: the quoted text `" + text.strip() + "` never ends"));
                }
            }
            case OPEN -> open.push(new Opener(token.line(), label(previous, beforePrevious)));
            case CLOSE -> {
                if (open.isEmpty()) {
                    return Optional.of(new Mistake(token.line(),
                            "this line has a `)` too many: it closes a `(` that was never opened"));
                }
                open.pop();
            }
            default -> { }
        }
        return Optional.empty();
    }

    boolean anyOpen() {
        return !open.isEmpty();
    }

    /** The line of the outermost bracket still open. */
    int outermostLine() {
        return open.getLast().line();
    }

    /** The brackets still open as one mistake, at the outermost one; they are forgotten afterwards. */
    Mistake neverClosed(String where) {
        Opener outermost = open.getLast();
        String missing = open.size() == 1 ? "a `)` is" : open.size() + " `)` are";
        open.clear();
        return new Mistake(outermost.line(), "`" + outermost.label() + "` is never closed: " + missing + " missing " + where);
    }

    private static String label(Token previous, Token beforePrevious) {
        if (previous == null || previous.kind() != Kind.WORD) {
            return "(";
        }
        boolean annotation = beforePrevious != null && beforePrevious.kind() == Kind.AT;
        return (annotation ? "@" : "") + previous.text() + "(";
    }
}
