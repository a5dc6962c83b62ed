package app.commerceadvisor.engine;

import app.commerceadvisor.engine.DrlTokens.Kind;
import app.commerceadvisor.engine.DrlTokens.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Follows the layout of a rule file: rules opened with {@code rule "…"} and closed with {@code end}, with
 * {@code when} and {@code then} in between, brackets and quotes that pair up, keywords spelled right.
 *
 * <p>Drools' parser notices such a mistake only where it cannot go on, often lines later: a missing
 * {@code )} is reported at the {@code then} or {@code end} below it, a missing {@code end} at the end of
 * the next rule. This finds the line the trainer has to look at. It reports a mistake only when it is
 * sure, at most one per rule, and knows nothing of what conditions mean; that stays with Drools.
 */
final class DrlLayout {

    /** A mistake in a trainer's words, at the line to look at. */
    record Mistake(int line, String message) {
    }

    /** Where a rule is; {@code thenLine} is 0 when it has none. */
    record RuleBlock(String name, int line, int thenLine) {
    }

    private enum Place { FILE, HEADER, CONDITIONS, CONSEQUENCE, UNREAD }

    private final SortedSet<Integer> parserLines;
    private final List<Mistake> mistakes = new ArrayList<>();
    private final List<RuleBlock> rules = new ArrayList<>();
    private final DrlBrackets brackets = new DrlBrackets();
    private Place place = Place.FILE;
    private String ruleName;
    private int ruleLine;
    private int thenLine;
    private boolean reported;
    private Token endLookalike;

    private DrlLayout(SortedSet<Integer> parserLines) {
        this.parserLines = parserLines;
    }

    /** Reads a rule file; {@code parserLines} are the lines where Drools' parser gave up, to say where a bracket ends. */
    static DrlLayout read(String source, SortedSet<Integer> parserLines) {
        DrlLayout layout = new DrlLayout(parserLines);
        layout.follow(DrlTokens.of(source));
        return layout;
    }

    static DrlLayout read(String source) {
        return read(source, new TreeSet<>());
    }

    List<Mistake> mistakes() {
        return mistakes;
    }

    List<RuleBlock> rules() {
        return rules;
    }

    private void follow(List<Token> tokens) {
        for (int i = 0; i < tokens.size() && place != Place.UNREAD; i++) {
            Token token = tokens.get(i);
            Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            if (token.first()) {
                lineStart(token, next == null || next.line() != token.line() ? null : next);
            }
            brackets.follow(token, i > 0 ? tokens.get(i - 1) : null, i > 1 ? tokens.get(i - 2) : null)
                    .ifPresent(mistake -> report(mistake.line(), mistake.message()));
        }
        if (place != Place.UNREAD) {
            endOfFile();
        }
    }

    private void lineStart(Token token, Token next) {
        if (token.kind() != Kind.WORD) {
            if (place == Place.FILE && token.kind() != Kind.CLOSE) {
                report(token.line(), "`" + token.text() + "` cannot stand outside a rule: " + FILE_LAYOUT);
            }
            return;
        }
        String word = token.text();
        if (brackets.anyOpen()) {
            if (place == Place.FILE || !(DrlVocabulary.STRUCTURE_KEYWORDS.contains(word) || word.equals("rule"))) {
                return; // a condition going on over several lines
            }
            unclosedBracket("before line " + beforeLine(token.line()));
        }
        switch (place) {
            case FILE -> inFile(token, next);
            case HEADER -> inHeader(token, next);
            case CONDITIONS -> inConditions(token, next);
            case CONSEQUENCE -> inConsequence(token, next);
            case UNREAD -> { }
        }
    }

    private static final List<String> IN_CONDITIONS = Stream.concat(DrlVocabulary.STRUCTURE_KEYWORDS.stream(),
            DrlVocabulary.CONDITION_KEYWORDS.stream()).toList();

    private static final String FILE_LAYOUT = "a rule file holds `package`, `import` and rules written `rule \"…\"` … `end`";

    private void inFile(Token token, Token next) {
        switch (token.text()) {
            case "package", "import", "global" -> { }
            case "rule" -> startRule(token, next);
            case "query", "declare", "function" -> place = Place.UNREAD; // not used in this project's rules
            default -> {
                if (misspelt(token, DrlVocabulary.FILE_KEYWORDS).filter("rule"::equals).isPresent()) {
                    startRule(token, next);
                    reported = true;
                }
                report(token.line(), "`" + token.text() + "` cannot stand outside a rule: " + FILE_LAYOUT);
            }
        }
    }

    private void inHeader(Token token, Token next) {
        String word = token.text();
        if (word.equals("rule")) {
            unfinishedRule(token, next);
        } else if (DrlVocabulary.startsCondition(word)) {
            report(token.line(), "a `when` is missing before line " + token.line() + ": the conditions of rule \""
                    + ruleName + "\" must come after `when`");
            place = Place.CONDITIONS;
        } else if (DrlVocabulary.HEADER_KEYWORDS.contains(word)) {
            keyword(word, token);
        } else {
            misspelt(token, DrlVocabulary.STRUCTURE_KEYWORDS).ifPresent(keyword -> keyword(keyword, token));
        }
    }

    private void inConditions(Token token, Token next) {
        String word = token.text();
        if (word.equals("rule")) {
            unfinishedRule(token, next);
        } else if (word.equals("end") || DrlVocabulary.ACTIONS.contains(word)) {
            report(token.line(), "a `then` is missing before line " + token.line() + ": rule \"" + ruleName + "\" "
                    + (word.equals("end") ? "goes from its conditions straight to `end`"
                            : "must say `then` before it does `" + word + "`"));
            keyword(word.equals("end") ? "end" : "then", token);
        } else if (DrlVocabulary.startsCondition(word) || DrlVocabulary.STRUCTURE_KEYWORDS.contains(word)) {
            keyword(word, token);
        } else {
            misspelt(token, IN_CONDITIONS).ifPresent(keyword -> keyword(keyword, token));
        }
    }

    /** Reports a word the trainer surely meant as one of {@code keywords}, and returns that keyword. */
    private Optional<String> misspelt(Token token, List<String> keywords) {
        Optional<String> meant = DrlVocabulary.nearest(token.text(), keywords);
        meant.ifPresent(keyword -> report(token.line(), DrlVocabulary.misspelt(token.text(), keyword)));
        return meant;
    }

    private void inConsequence(Token token, Token next) {
        String word = token.text();
        if (word.equals("end")) {
            keyword(word, token);
        } else if (word.equals("rule")) {
            neverClosed("before line " + token.line());
            startRule(token, next);
        } else if (next == null && DrlVocabulary.nearest(word, List.of("end")).isPresent()) {
            endLookalike = token;
        }
    }

    /** Acts on a structural keyword, spelled right or as the trainer surely meant it. */
    private void keyword(String word, Token token) {
        switch (word) {
            case "when" -> place = place == Place.HEADER ? Place.CONDITIONS : place;
            case "then" -> {
                place = Place.CONSEQUENCE;
                thenLine = token.line();
            }
            case "end" -> {
                rules.add(new RuleBlock(ruleName, ruleLine, thenLine));
                place = Place.FILE;
                reported = false;
            }
            default -> { }
        }
    }

    private void endOfFile() {
        if (brackets.anyOpen()) {
            unclosedBracket("at the end of the file");
        }
        switch (place) {
            case HEADER, CONDITIONS -> report(ruleLine, "rule \"" + ruleName
                    + "\" is not finished: `then` and `end` are missing at the end of the file");
            case CONSEQUENCE -> neverClosed("at the end of the file");
            default -> { }
        }
        if (place != Place.FILE) {
            rules.add(new RuleBlock(ruleName, ruleLine, thenLine));
        }
    }

    private void startRule(Token token, Token next) {
        if (place != Place.FILE && place != Place.UNREAD) {
            rules.add(new RuleBlock(ruleName, ruleLine, thenLine));
        }
        place = Place.HEADER;
        ruleLine = token.line();
        thenLine = 0;
        reported = false;
        endLookalike = null;
        ruleName = next == null ? null : next.kind() == Kind.TEXT ? unquoted(next.text()) : next.text();
        if (next == null) {
            report(token.line(), "the rule on this line has no name: write one in quotes after `rule`, "
                    + "e.g. `rule \"Sales team treats Douyin like a search shelf\"`");
        }
    }

    private void unfinishedRule(Token token, Token next) {
        report(ruleLine, "rule \"" + ruleName + "\" is not finished: `then` and `end` are missing before line " + token.line());
        startRule(token, next);
    }

    private void neverClosed(String where) {
        if (endLookalike != null) {
            report(endLookalike.line(), DrlVocabulary.misspelt(endLookalike.text(), "end") + " Without it rule \"" + ruleName
                    + "\" is never closed");
        } else {
            report(ruleLine, "rule \"" + ruleName + "\" is never closed: an `end` is missing " + where);
        }
    }

    private void unclosedBracket(String where) {
        Mistake mistake = brackets.neverClosed(where);
        report(mistake.line(), mistake.message());
    }

    /** The line before which a bracket opened earlier must close: where the parser gave up, if that is nearer. */
    private int beforeLine(int keywordLine) {
        int opened = brackets.outermostLine();
        return parserLines.subSet(opened + 1, keywordLine).stream().findFirst().orElse(keywordLine);
    }

    private void report(int line, String message) {
        if (!reported) {
            mistakes.add(new Mistake(line, message));
            reported = true;
        }
    }

    private static String unquoted(String text) {
        return text.length() >= 2 && text.endsWith(text.substring(0, 1)) ? text.substring(1, text.length() - 1) : text.substring(1);
    }
}
