package app.commerceadvisor.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Texts participants see, read from {@code knowledge-base/} itself so tests do not keep copies of them. */
final class KnowledgeBaseTexts {

    private static final Path KNOWLEDGE_BASE = Path.of("knowledge-base");

    private KnowledgeBaseTexts() {
    }

    /** The title of the document with file name {@code file} in {@code language}, from documents.yaml. */
    static String documentTitle(String file, String language) {
        for (JsonNode document : read("documents.yaml").path("documents")) {
            if (file.equals(document.path("file").asText())) {
                return document.path("title").path(language).asText();
            }
        }
        throw new AssertionError(file + " is not listed in documents.yaml");
    }

    /** The label of a severity in {@code language}, from questionnaire.yaml. */
    static String severityLabel(String severity, String language) {
        JsonNode label = read("questionnaire.yaml").path("severityLabels").path(severity).path(language);
        if (label.isMissingNode()) {
            throw new AssertionError("no " + language + " label of severity " + severity + " in questionnaire.yaml");
        }
        return label.asText();
    }

    private static JsonNode read(String file) {
        try {
            return new YAMLMapper().readTree(KNOWLEDGE_BASE.resolve(file).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
