package app.commerceadvisor.engine;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Java compiler error in a rule's consequence (the part after {@code then}), in a trainer's words and at
 * the line it is about. Drools reports these at the line of {@code rule} with the compiler's text, such as
 * {@code Rule Compilation error Conclusoin cannot be resolved to a type}.
 */
final class DrlConsequenceError {

    private static final Pattern UNKNOWN_TYPE = Pattern.compile("^([\\w$.]+) cannot be resolved to a type");
    private static final Pattern UNKNOWN_NAME = Pattern.compile("^([\\w$.]+) cannot be resolved(?: to a variable)?");
    private static final Pattern UNKNOWN_METHOD = Pattern.compile("^The method ([\\w$]+)\\(.*\\) is undefined");
    private static final Pattern MISSING = Pattern.compile("^Syntax error, insert \"(.+?)\" to complete");

    private DrlConsequenceError() {
    }

    /**
     * @param compilerText what the Java compiler said, one error a line
     * @param ruleLine     the line Drools reports it at, the rule's {@code rule} line
     */
    static DrlLayout.Mistake word(String compilerText, String source, DrlLayout layout, int ruleLine) {
        Optional<DrlLayout.RuleBlock> rule = layout.rules().stream().filter(block -> block.line() == ruleLine).findFirst();
        String name = rule.map(DrlLayout.RuleBlock::name).orElse("?");
        int thenLine = rule.map(DrlLayout.RuleBlock::thenLine).filter(line -> line > 0).orElse(ruleLine);
        String first = compilerText.lines().findFirst().orElse("").strip();
        String where = "in the `then` part of rule \"" + name + "\"";

        Matcher matcher = UNKNOWN_TYPE.matcher(first);
        if (matcher.find()) {
            String type = matcher.group(1);
            String message = DrlVocabulary.nearest(type, DrlVocabulary.factTypes())
                    .map(meant -> "`" + type + "` is unknown " + where + ": did you mean `" + meant + "`?")
                    .orElse("`" + type + "` is unknown " + where + ": a rule can create "
                            + DrlVocabulary.listed(DrlVocabulary.factTypes()));
            return new DrlLayout.Mistake(lineWith(source, thenLine, type), message);
        }
        matcher = UNKNOWN_METHOD.matcher(first);
        if (matcher.find()) {
            String method = matcher.group(1);
            String message = DrlVocabulary.nearest(method, DrlVocabulary.ACTIONS)
                    .map(meant -> "`" + method + "` is unknown " + where + ": did you mean `" + meant + "`?")
                    .orElse("`" + method + "` is unknown " + where + ": a rule can "
                            + DrlVocabulary.listed(DrlVocabulary.ACTIONS));
            return new DrlLayout.Mistake(lineWith(source, thenLine, method), message);
        }
        matcher = UNKNOWN_NAME.matcher(first);
        if (matcher.find()) {
            String unknown = matcher.group(1);
            return new DrlLayout.Mistake(lineWith(source, thenLine, unknown), "`" + unknown + "` is unknown " + where);
        }
        matcher = MISSING.matcher(first);
        if (matcher.find()) {
            String missing = matcher.group(1);
            return new DrlLayout.Mistake(lineLacking(source, thenLine, missing), "a `" + missing + "` is missing " + where);
        }
        return new DrlLayout.Mistake(thenLine, "the `then` part of rule \"" + name + "\" does not compile: "
                + DrlProblemWording.hint(first));
    }

    /**
     * The first line of the consequence that lacks what the compiler asks for: a {@code ;} at its end, or a
     * {@code )} for each {@code (}. Else the first line after {@code then}, or the {@code then} line itself.
     */
    private static int lineLacking(String source, int thenLine, String missing) {
        List<String> lines = consequence(source, thenLine);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            boolean lacks = switch (missing) {
                case ";" -> !line.isEmpty() && !line.endsWith(";") && !line.endsWith("{") && !line.endsWith("}");
                case ")" -> line.chars().filter(c -> c == '(').count() > line.chars().filter(c -> c == ')').count();
                default -> false;
            };
            if (lacks) {
                return thenLine + 1 + i;
            }
        }
        return lines.isEmpty() ? thenLine : thenLine + 1;
    }

    /** The lines after {@code then} up to {@code end}. */
    private static List<String> consequence(String source, int thenLine) {
        return source.lines().skip(thenLine).takeWhile(line -> !line.strip().equals("end")).toList();
    }

    /** The first line of the consequence that mentions {@code word}, else the {@code then} line. */
    private static int lineWith(String source, int thenLine, String word) {
        List<String> lines = consequence(source, thenLine);
        Pattern mention = Pattern.compile("(?<![\\w$])" + Pattern.quote(word) + "(?![\\w$])");
        for (int i = 0; i < lines.size(); i++) {
            if (mention.matcher(lines.get(i)).find()) {
                return thenLine + 1 + i;
            }
        }
        return thenLine;
    }
}
