package app.commerceadvisor.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One message of Drools' DRL parser, such as {@code [ERR 102] Line 12:4 mismatched input 'then' in rule "X"},
 * and what it means in a trainer's words when {@link DrlLayout} found nothing better. The codes are those of
 * Drools' {@code DroolsParserExceptionFactory}: 101 no viable alternative, 102 mismatched input (with or
 * without what was expected), 103 failed predicate, 104 trailing semicolon, 105 nothing matched where
 * something was required, 107 expected one of several tokens, 108 not expecting any of several tokens.
 * A parser crash ({@code unexpected exception at input}) comes without a code and with a Java stack trace.
 */
record DrlParserError(int code, int line, String input, List<String> expected) {

    private static final Pattern CODED = Pattern.compile("^\\[ERR (\\d+)] Line (\\d+):-?\\d+ (.*)", Pattern.DOTALL);
    private static final Pattern CRASH = Pattern.compile("^Line (\\d+):-?\\d+ unexpected exception at input", Pattern.DOTALL);
    private static final Pattern INPUT = Pattern.compile("at input '(.*?)'|input '(.*?)'", Pattern.DOTALL);
    private static final Pattern EXPECTING = Pattern.compile("expecting (?:one of the following tokens: )?'\\[?(.*?)]?'");

    /** Code 0: the parser crashed rather than reporting a mistake. */
    static final int CRASHED = 0;

    static Optional<DrlParserError> parse(String text, int messageLine) {
        Matcher crash = CRASH.matcher(text);
        if (crash.find()) {
            return Optional.of(new DrlParserError(CRASHED, Integer.parseInt(crash.group(1)), "", List.of()));
        }
        Matcher coded = CODED.matcher(text);
        if (!coded.find()) {
            return Optional.empty();
        }
        String rest = coded.group(3);
        Matcher input = INPUT.matcher(rest);
        String offending = input.find() ? (input.group(1) != null ? input.group(1) : input.group(2)) : "";
        Matcher expecting = EXPECTING.matcher(rest);
        List<String> expected = expecting.find()
                ? Arrays.stream(expecting.group(1).split(",\\s*")).map(String::strip).filter(s -> !s.isEmpty()).toList()
                : List.of();
        int line = Integer.parseInt(coded.group(2));
        return Optional.of(new DrlParserError(Integer.parseInt(coded.group(1)), line > 0 ? line : messageLine,
                offending, expected));
    }

    /** What went wrong, in a trainer's words; never the parser's own text. */
    String inTrainerWords() {
        if (code == CRASHED || input.isEmpty() || input.equals("<eof>")) {
            return "the file ends in the middle of a rule: check the brackets, quotes and `end` from here on";
        }
        if (code == 104) {
            return "a `;` is not allowed at the end of a condition: remove it";
        }
        if (input.equals("=")) {
            return "`=` does not compare: write `==` to compare a field with a value";
        }
        if (code == 102 && DrlVocabulary.allFields().contains(input)) {
            return "`" + input + "` does not fit here: is a `,` missing before it?";
        }
        Optional<String> meant = Character.isLowerCase(input.charAt(0))
                ? DrlVocabulary.nearest(input, keywords()) : Optional.empty();
        if (meant.isPresent() && !meant.get().equals(input)) {
            return DrlVocabulary.misspelt(input, meant.get());
        }
        String shown = input.lines().findFirst().orElse(input);
        if (!expected.isEmpty()) {
            return "`" + shown + "` does not fit here: expected " + DrlVocabulary.listed(expected);
        }
        return "`" + shown + "` does not fit here";
    }

    private List<String> keywords() {
        List<String> keywords = new ArrayList<>(expected);
        keywords.addAll(DrlVocabulary.FILE_KEYWORDS);
        keywords.addAll(DrlVocabulary.STRUCTURE_KEYWORDS);
        keywords.addAll(DrlVocabulary.CONDITION_KEYWORDS);
        keywords.addAll(DrlVocabulary.OPERATORS);
        return keywords;
    }
}
