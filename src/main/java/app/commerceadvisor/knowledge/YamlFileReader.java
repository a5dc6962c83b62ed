package app.commerceadvisor.knowledge;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads one knowledge-base YAML file into its Java form. Unknown fields are errors (a trainer's typo
 * must not be silently ignored), and every error names the file and line.
 */
public final class YamlFileReader {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .findAndRegisterModules()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

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
            int line = new LineLocator(file).lineOfKeyBefore(e.getPropertyName(), YamlProblemWording.line(e));
            problems.add(new ContentProblem(file.toString(), line, YamlProblemWording.describe(e)));
            return null;
        } catch (JsonProcessingException e) {
            problems.add(new ContentProblem(file.toString(), YamlProblemWording.line(e), YamlProblemWording.describe(e)));
            return null;
        } catch (IOException e) {
            problems.add(new ContentProblem(file.toString(), 0, "cannot read: " + e.getMessage()));
            return null;
        }
    }
}
