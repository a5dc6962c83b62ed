package app.commerceadvisor.knowledge;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads one knowledge-base YAML file into its Java form. Unknown fields are errors (a trainer's typo
 * must not be silently ignored), and every error names the file and line.
 */
public final class YamlFileReader {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .findAndRegisterModules()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    private YamlFileReader() {
    }

    public static <T> T read(Path file, Class<T> type, List<ContentProblem> problems) {
        if (!Files.isRegularFile(file)) {
            problems.add(new ContentProblem(file.toString(), 0, "file not found"));
            return null;
        }
        try {
            T value = YAML.readValue(file.toFile(), type);
            if (value == null) {
                problems.add(new ContentProblem(file.toString(), 0, "the file is empty"));
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            // Jackson points past the object the key is in; the key itself is on an earlier line
            int line = new LineLocator(file).lineOfKeyBefore(e.getPropertyName(), lineOf(e.getLocation()));
            problems.add(new ContentProblem(file.toString(), line, describe(e)));
            return null;
        } catch (JsonProcessingException e) {
            problems.add(new ContentProblem(file.toString(), lineOf(e.getLocation()), describe(e)));
            return null;
        } catch (IOException e) {
            problems.add(new ContentProblem(file.toString(), 0, "cannot read: " + e.getMessage()));
            return null;
        }
    }

    private static int lineOf(JsonLocation location) {
        return location == null ? 0 : Math.max(location.getLineNr(), 0);
    }

    private static String describe(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown field '" + unknown.getPropertyName() + "' at " + path(unknown)
                    + " (known fields: " + unknown.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", ")) + ")";
        }
        String message = e.getOriginalMessage();
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return "at " + path(mapping) + ": " + firstLine(message);
        }
        return firstLine(message);
    }

    private static String path(JsonMappingException e) {
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
