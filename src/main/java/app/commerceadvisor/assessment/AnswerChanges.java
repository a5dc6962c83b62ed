package app.commerceadvisor.assessment;

import app.commerceadvisor.http.FieldProblem;
import app.commerceadvisor.http.InvalidInputException;
import app.commerceadvisor.knowledge.KnowledgeBase;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Answers to change in a stored assessment, keyed by question id; null (or "" or []) leaves a question
 * blank. The body of a what-if and of a change of answers alike.
 */
@Schema(name = "AnswerChanges")
public record AnswerChanges(
        @Schema(description = "The answers to change, keyed by question id, as in an assessment; null blanks one",
                implementation = Map.class)
        Map<String, JsonNode> answers) {

    /**
     * The stored answers with these changes. An answer to a question the changes no longer ask is left out
     * (the questionnaire would not show it), unless it is itself one of the changes: then the questionnaire
     * refuses it by name.
     *
     * @throws InvalidInputException naming each change the questionnaire of {@code knowledgeBase} does not ask
     */
    public Map<String, JsonNode> appliedTo(Map<String, JsonNode> stored, KnowledgeBase knowledgeBase) {
        Map<String, JsonNode> merged = new LinkedHashMap<>(stored);
        merged.putAll(answers);
        Map<String, FieldProblem> leftOut = Assessor.probe(knowledgeBase, merged).leftOut();
        List<FieldProblem> refused = leftOut.entrySet().stream()
                .filter(entry -> answers.containsKey(entry.getKey())).map(Map.Entry::getValue).toList();
        if (!refused.isEmpty()) {
            throw new InvalidInputException(refused);
        }
        leftOut.keySet().forEach(merged::remove);
        return merged;
    }
}
