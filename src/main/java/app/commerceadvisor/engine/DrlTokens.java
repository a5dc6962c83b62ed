package app.commerceadvisor.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * A rule file cut into words, quoted texts and brackets, each with its line; comments are left out. Just
 * enough for {@link DrlLayout} to follow the layout of a file Drools' parser refused; not a DRL parser.
 */
final class DrlTokens {

    enum Kind { WORD, TEXT, OPEN, CLOSE, AT, OTHER }

    /**
     * One token. {@code first} says it starts its line; a {@code TEXT} that reaches the end of its line
     * without its closing quote is not {@code closed}.
     */
    record Token(Kind kind, String text, int line, boolean first, boolean closed) {

        boolean isWord(String word) {
            return kind == Kind.WORD && text.equals(word);
        }
    }

    private DrlTokens() {
    }

    static List<Token> of(String source) {
        List<Token> tokens = new ArrayList<>();
        int line = 1;
        int lastLine = 0;
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            int start = i;
            Kind kind;
            boolean closed = true;
            if (c == '\n') {
                line++;
                i++;
                continue;
            } else if (Character.isWhitespace(c)) {
                i++;
                continue;
            } else if (source.startsWith("//", i)) {
                i = endOfLine(source, i);
                continue;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? source.length() : end + 2;
                line += (int) source.substring(i, end).chars().filter(ch -> ch == '\n').count();
                i = end;
                continue;
            } else if (c == '"' || c == '\'') {
                i++;
                while (i < source.length() && source.charAt(i) != c && source.charAt(i) != '\n') {
                    i += source.charAt(i) == '\\' ? 2 : 1;
                }
                closed = i < source.length() && source.charAt(i) == c;
                i = closed ? i + 1 : Math.min(i, source.length());
                kind = Kind.TEXT;
            } else if (Character.isJavaIdentifierStart(c)) {
                while (i < source.length() && Character.isJavaIdentifierPart(source.charAt(i))) {
                    i++;
                }
                kind = Kind.WORD;
            } else {
                i++;
                kind = switch (c) {
                    case '(' -> Kind.OPEN;
                    case ')' -> Kind.CLOSE;
                    case '@' -> Kind.AT;
                    default -> Kind.OTHER;
                };
            }
            tokens.add(new Token(kind, source.substring(start, Math.min(i, source.length())), line, line != lastLine, closed));
            lastLine = line;
        }
        return tokens;
    }

    private static int endOfLine(String source, int from) {
        int end = source.indexOf('\n', from);
        return end < 0 ? source.length() : end;
    }
}
