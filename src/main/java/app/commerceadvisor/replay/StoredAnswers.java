package app.commerceadvisor.replay;

import app.commerceadvisor.assessment.AssessmentView;
import app.commerceadvisor.assessment.Assessor;
import app.commerceadvisor.http.FieldProblem;
import app.commerceadvisor.http.InvalidInputException;
import app.commerceadvisor.http.ProblemMessages;
import app.commerceadvisor.knowledge.KnowledgeBase;
import java.util.List;
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
     * @throws InvalidInputException naming every stored answer (or the language) the questionnaire of
     *                               {@code knowledgeBase} no longer takes, or the answers when the report holds none
     *                               that can be read
     */
    static AssessmentView assessAgain(AssessmentView stored, KnowledgeBase knowledgeBase) {
        if (stored.answers() == null) {
            throw new InvalidInputException("answers", ProblemMessages::storedAnswersUnreadable);
        }
        return Assessor.again(stored, stored.language(), stored.answers(), knowledgeBase);
    }

    /** Why stored answers no longer fit, in the API's words: {@code answers.x: unknown question id 'x'}. */
    static String reason(List<FieldProblem> errors) {
        return errors.stream().map(error -> error.field() + ": " + error.english()).collect(Collectors.joining("; "));
    }
}
