package app.commerceadvisor.replay;

import app.commerceadvisor.assessment.AssessmentRequest;
import app.commerceadvisor.assessment.AssessmentView;
import app.commerceadvisor.assessment.Assessor;
import app.commerceadvisor.http.FieldError;
import app.commerceadvisor.knowledge.KnowledgeBase;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A stored assessment's answers evaluated again, on another version of the knowledge base, as if the
 * merchant had sent them once more: same id, participant, language and time; nothing is stored.
 */
final class StoredAnswers {

    private StoredAnswers() {
    }

    /**
     * The report the answers of {@code stored} get from {@code knowledgeBase}.
     *
     * @throws app.commerceadvisor.http.InvalidInputException naming every stored answer (or the language)
     *                                                        the questionnaire of {@code knowledgeBase} no longer takes
     */
    static AssessmentView assessAgain(AssessmentView stored, KnowledgeBase knowledgeBase) {
        Map<String, JsonNode> answers = stored.answers() == null ? Map.of() : stored.answers();
        AssessmentRequest request = new AssessmentRequest(stored.participant(), stored.language(), answers);
        return Assessor.assess(request, knowledgeBase, stored.id(), stored.createdAt()).view();
    }

    /** Why stored answers no longer fit, in the API's words: {@code answers.x: unknown question id 'x'}. */
    static String reason(List<FieldError> errors) {
        return errors.stream().map(error -> error.field() + ": " + error.message()).collect(Collectors.joining("; "));
    }
}
