package app.commerceadvisor.knowledge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Says what is wrong with a YAML file in a trainer's words: the field and what it should hold ("at
 * sections[1].questions[2].max: expected a number, found "lots""), or, when the file is not valid
 * YAML, the usual mistake behind the parser's state (indentation, a {@code ": "} inside an unquoted
 * text, a tab, an unclosed quote). Never a Java type or the parser's own vocabulary.
 */
final class YamlProblemWording {

    private YamlProblemWording() {
    }

    /** The 1-based line of the problem, or 0 when unknown. */
    static int line(JsonProcessingException e) {
        MarkedYAMLException marked = syntaxError(e);
        if (marked != null && marked.getProblemMark() != null) {
            return marked.getProblemMark().getLine() + 1;
        }
        return e.getLocation() == null ? 0 : Math.max(e.getLocation().getLineNr(), 0);
    }

    static String describe(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown field '" + unknown.getPropertyName() + "'" + at(unknown)
                    + " (known fields: " + unknown.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", ")) + ")";
        }
        MarkedYAMLException marked = syntaxError(e);
        if (marked != null) {
            return syntax(marked);
        }
        if (e instanceof ValueInstantiationException instantiation && instantiation.getCause() != null
                && instantiation.getCause().getMessage() != null) {
            return prefix(instantiation) + firstLine(instantiation.getCause().getMessage());
        }
        if (e instanceof InvalidFormatException invalid) {
            return prefix(invalid) + "expected " + expected(invalid.getTargetType()) + ", found \"" + invalid.getValue() + "\"";
        }
        if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            return prefix(mismatched) + "expected " + expected(mismatched.getTargetType());
        }
        String message = firstLine(e.getOriginalMessage());
        if (message.startsWith("Duplicate field")) {
            return message.replace("Duplicate field", "the field") + " is given twice in the same group";
        }
        return (e instanceof JsonMappingException mapping ? prefix(mapping) : "") + "cannot be read here";
    }

    /** The YAML parser's error behind {@code e}, which Jackson may wrap more than once; null for other errors. */
    private static MarkedYAMLException syntaxError(Throwable e) {
        for (Throwable cause = e; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof MarkedYAMLException marked) {
                return marked;
            }
        }
        return null;
    }

    private static String syntax(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        Mark context = e.getContextMark();
        String since = context == null ? "" : " (the group starts on line " + (context.getLine() + 1) + ")";
        if (problem.contains("\\t") || problem.contains("'\t'")) {
            return "a tab character: indent with spaces only";
        }
        if (problem.startsWith("mapping values are not allowed")) {
            return "a ': ' inside a text: put the whole text in quotes, e.g. en: \"Note: …\"";
        }
        if (problem.startsWith("expected <block end>") || problem.startsWith("expected <block mapping start>")
                || problem.contains("did not find expected key") || problem.contains("did not find expected '-'")) {
            return "the indentation does not fit: this line is not indented like the other lines of its group" + since;
        }
        if (problem.contains("end of stream") && String.valueOf(e.getContext()).contains("quoted")) {
            return "a quote opened" + (context == null ? "" : " on line " + (context.getLine() + 1)) + " is not closed";
        }
        if (problem.startsWith("could not find expected ':'")) {
            return "a line that is neither 'key: value' nor a list item '- …'" + since;
        }
        if (problem.startsWith("expected ',' or ']'") || problem.startsWith("expected ',' or '}'")) {
            return "a list in [ ] or a group in { } is not closed, or its items are not separated by commas" + since;
        }
        if (problem.startsWith("found duplicate key")) {
            return "a field is given twice in the same group";
        }
        return "not valid YAML here: " + problem;
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "another kind of value";
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == double.class || type == long.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a text";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list (lines starting with '- ', or [a, b])";
        }
        if (type.isEnum()) {
            return "one of: " + java.util.Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .map(String::toLowerCase).collect(Collectors.joining(", "));
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "a group of fields (indented 'key: value' lines)";
        }
        return "another kind of value";
    }

    private static String prefix(JsonMappingException e) {
        String path = path(e);
        return path.isEmpty() ? "" : "at " + path + ": ";
    }

    private static String at(JsonMappingException e) {
        String path = path(e);
        return path.isEmpty() ? "" : " at " + path;
    }

    static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "cannot be read";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
