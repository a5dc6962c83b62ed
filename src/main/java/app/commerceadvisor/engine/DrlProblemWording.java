package app.commerceadvisor.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.builder.Message;

/**
 * Turns what the KIE builder says about rule files into problems in a trainer's words: each mistake once,
 * at the line to look at, saying what was expected. Drools' own text never reaches a trainer except, when
 * no wording fits, its first line as a hint, without error codes, positions and Java class names.
 *
 * <p>When the parser refused a file, {@link DrlLayout} finds where the mistake was made (a bracket opened
 * but never closed, a missing {@code then} or {@code end}, an unclosed quote, a misspelled keyword) and its
 * findings replace the parser's messages, which point where the parser gave up and repeat each other.
 */
final class DrlProblemWording {

    private static final Pattern UNKNOWN_TYPE = Pattern.compile("Unable to resolve ObjectType '([^']+)'");
    private static final Pattern UNKNOWN_FIELD = Pattern.compile(
            "unable to resolve method using strict-mode: (?:[\\w$]+\\.)*([\\w$]+)\\.([\\w$]+)\\(\\)");
    private static final Pattern UNKNOWN_BOUND_FIELD = Pattern.compile(
            "Field Reader does not exist for declaration '([^']+)' in '[^':]*:\\s*([\\w$]+)'");
    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate rule name: (.*)");
    private static final Pattern CONSEQUENCE = Pattern.compile("^Rule Compilation error (.*)", Pattern.DOTALL);
    private static final Pattern JAVA_NAME = Pattern.compile("\\b(?:[a-z_][\\w$]*\\.)+([A-Z][\\w$]*)");

    private final Map<String, String> sources;
    private final UnaryOperator<String> displayPath;
    private final Map<String, DrlLayout> layouts = new HashMap<>();

    /**
     * @param sources     each rule file's text, by the file as a trainer knows it
     * @param displayPath turns the builder's path for a file (e.g. {@code rules/channels.drl}) into the file
     *                    as a trainer knows it
     */
    DrlProblemWording(Map<String, String> sources, UnaryOperator<String> displayPath) {
        this.sources = sources;
        this.displayPath = displayPath;
    }

    List<RuleProblem> problems(List<Message> errors) {
        Map<String, List<Message>> byFile = new LinkedHashMap<>();
        for (Message error : errors) {
            byFile.computeIfAbsent(displayPath.apply(error.getPath()), path -> new ArrayList<>()).add(error);
        }
        Set<RuleProblem> problems = new LinkedHashSet<>();
        byFile.forEach((path, messages) -> {
            List<DrlParserError> parserErrors = messages.stream()
                    .flatMap(message -> DrlParserError.parse(message.getText(), message.getLine()).stream())
                    .toList();
            if (!parserErrors.isEmpty()) {
                problems.addAll(syntaxProblems(path, parserErrors));
            } else {
                messages.forEach(message -> compileProblem(path, message, messages).ifPresent(problems::add));
            }
        });
        if (problems.isEmpty() && !errors.isEmpty()) { // never let a failed build pass for want of wording
            Message first = errors.get(0);
            problems.add(problem(displayPath.apply(first.getPath()), first.getLine(),
                    "Drools cannot compile this: " + hint(first.getText())));
        }
        return List.copyOf(problems);
    }

    /** A file the parser refused: the layout's findings if it has any, else the parser's first message, reworded. */
    private List<RuleProblem> syntaxProblems(String path, List<DrlParserError> parserErrors) {
        TreeSet<Integer> parserLines = new TreeSet<>();
        parserErrors.forEach(error -> parserLines.add(error.line()));
        List<RuleProblem> problems = new ArrayList<>();
        DrlLayout.read(source(path), parserLines).mistakes()
                .forEach(mistake -> problems.add(problem(path, mistake.line(), mistake.message())));
        if (problems.isEmpty()) {
            boolean crashOnly = parserErrors.stream().allMatch(error -> error.code() == DrlParserError.CRASHED);
            parserErrors.stream()
                    .filter(error -> crashOnly || error.code() != DrlParserError.CRASHED)
                    .limit(1) // what follows the first mistake is mostly the parser losing its way
                    .forEach(error -> problems.add(problem(path, error.line(), error.inTrainerWords())));
        }
        return problems;
    }

    private Optional<RuleProblem> compileProblem(String path, Message message, List<Message> sameFile) {
        String text = message.getText().strip();
        int line = message.getLine();
        if (text.startsWith("Parser returned a null Package")) {
            return Optional.empty(); // the consequence of a syntax error reported on its own
        }
        Matcher matcher = UNKNOWN_TYPE.matcher(text);
        if (matcher.find()) {
            return Optional.of(problem(path, line, unknownType(matcher.group(1))));
        }
        matcher = UNKNOWN_BOUND_FIELD.matcher(text);
        if (matcher.find()) {
            return Optional.of(problem(path, line, unknownField(typeAt(path, line, matcher.group(1)), matcher.group(2))));
        }
        matcher = UNKNOWN_FIELD.matcher(text);
        if (matcher.find()) {
            String field = matcher.group(2);
            if (field.startsWith("$") && sameFile.stream().anyMatch(other -> other.getText().contains("declaration '" + field + "'"))) {
                return Optional.empty(); // a variable whose binding failed; that failure is reported at its line
            }
            return Optional.of(problem(path, line, unknownField(matcher.group(1), field)));
        }
        matcher = DUPLICATE.matcher(text);
        if (matcher.find()) {
            return Optional.of(problem(path, line, duplicate(path, line, matcher.group(1).strip())));
        }
        matcher = CONSEQUENCE.matcher(text);
        if (matcher.find()) {
            if (matcher.group(1).matches("(?s)The type Rule_[\\w$]+ is already defined.*")) {
                return Optional.empty(); // the Java side of a duplicate rule name, reported as such
            }
            DrlLayout.Mistake mistake = DrlConsequenceError.word(matcher.group(1), source(path), layout(path), line);
            return Optional.of(problem(path, mistake.line(), mistake.message()));
        }
        return Optional.of(problem(path, line, "Drools cannot compile this: " + hint(text)));
    }

    private static String unknownType(String type) {
        String known = DrlVocabulary.listed(DrlVocabulary.factTypes());
        return DrlVocabulary.nearest(type, DrlVocabulary.factTypes())
                .map(meant -> "there is no fact type `" + type + "`: did you mean `" + meant + "`? Rules can match " + known)
                .orElse("there is no fact type `" + type + "`: rules can match " + known);
    }

    static String unknownField(String type, String field) {
        List<String> fields = type == null ? DrlVocabulary.allFields() : DrlVocabulary.fieldsOf(type);
        String meant = DrlVocabulary.nearest(field, fields).map(name -> ": did you mean `" + name + "`?").orElse(".");
        if (type == null) {
            return "no fact type has a field `" + field + "`" + meant;
        }
        String article = "AEIOU".indexOf(type.charAt(0)) >= 0 ? "An " : "A ";
        return "`" + type + "` has no field `" + field + "`" + meant + " " + article + type + " has " + DrlVocabulary.listed(fields);
    }

    /** The fact type of the pattern a {@code $binding} stands in, read from the source line. */
    private String typeAt(String path, int line, String binding) {
        String text = lineOf(source(path), line);
        int at = text.indexOf(binding);
        Matcher type = Pattern.compile("\\b([A-Z]\\w*)\\s*\\(").matcher(at < 0 ? text : text.substring(0, at));
        String found = null;
        while (type.find()) {
            found = type.group(1);
        }
        return found != null && DrlVocabulary.factTypes().contains(found) ? found : null;
    }

    private String duplicate(String path, int line, String name) {
        List<String> others = new ArrayList<>();
        for (String other : sources.keySet()) {
            for (DrlLayout.RuleBlock rule : layout(other).rules()) {
                if (name.equals(rule.name()) && !(other.equals(path) && rule.line() == line)) {
                    others.add(other.equals(path) ? "line " + rule.line() : other + ":" + rule.line());
                }
            }
        }
        String where = others.isEmpty() ? "" : " (" + String.join(", ", others) + ")";
        return "another rule is already named \"" + name + "\"" + where + ": give each rule a name of its own";
    }

    /** The first line of Drools' text, without error code, position and Java class names. */
    static String hint(String text) {
        String first = text.lines().findFirst().orElse("").strip()
                .replaceFirst("^\\[ERR \\d+]\\s*", "")
                .replaceFirst("^Line \\d+:-?\\d+\\s*", "");
        first = JAVA_NAME.matcher(first).replaceAll("$1");
        return first.length() > 160 ? first.substring(0, 160) + "…" : first;
    }

    DrlLayout layout(String path) {
        return layouts.computeIfAbsent(path, p -> DrlLayout.read(source(p)));
    }

    String source(String path) {
        return sources.getOrDefault(path, "");
    }

    static String lineOf(String source, int line) {
        return line < 1 ? "" : source.lines().skip(line - 1L).findFirst().orElse("");
    }

    private RuleProblem problem(String path, int line, String message) {
        return new RuleProblem(path, Math.max(line, 0), message);
    }
}
