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

    /** The label of an urgency in {@code language}, from questionnaire.yaml. */
    static String urgencyLabel(String urgency, String language) {
        JsonNode label = read("questionnaire.yaml").path("urgencyLabels").path(urgency).path(language);
        if (label.isMissingNode()) {
            throw new AssertionError("no " + language + " label of urgency " + urgency + " in questionnaire.yaml");
        }
        return label.asText();
    }

    /**
     * A field of the {@code index}th source of a pitfall, from pitfalls/*.yaml: in {@code language} for a
     * translated field such as {@code sectionTitle}, as written when {@code language} is null.
     */
    static String sourceField(String pitfall, int index, String field, String language) {
        try (var files = java.nio.file.Files.list(KNOWLEDGE_BASE.resolve("pitfalls"))) {
            for (Path file : files.sorted().toList()) {
                for (JsonNode entry : new YAMLMapper().readTree(file.toFile()).path("pitfalls")) {
                    if (pitfall.equals(entry.path("id").asText())) {
                        JsonNode value = entry.path("sources").path(index).path(field);
                        return (language == null ? value : value.path(language)).asText();
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError("no pitfall " + pitfall + " in knowledge-base/pitfalls/");
    }

    /** The description of a threshold in {@code language}, from thresholds.yaml, as a report shows it. */
    static String thresholdDescription(String threshold, String language) {
        for (JsonNode entry : read("thresholds.yaml").path("thresholds")) {
            if (threshold.equals(entry.path("id").asText())) {
                return entry.path("description").path(language).asText().replaceAll("\\s*\\n\\s*", " ").strip();
            }
        }
        throw new AssertionError("no threshold " + threshold + " in thresholds.yaml");
    }

    /** The reworded recommendation of a conflict in {@code language}, from conflicts.yaml. */
    static String conflictRecommendation(String conflict, String language) {
        for (JsonNode entry : read("conflicts.yaml").path("conflicts")) {
            if (conflict.equals(entry.path("id").asText())) {
                return entry.path("recommendation").path(language).asText().replaceAll("\\s*\\n\\s*", " ").strip();
            }
        }
        throw new AssertionError("no conflict " + conflict + " in conflicts.yaml");
    }

    private static JsonNode read(String file) {
        try {
            return new YAMLMapper().readTree(KNOWLEDGE_BASE.resolve(file).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
