package app.commerceadvisor.assessment;

import app.commerceadvisor.engine.Answer;
import app.commerceadvisor.http.FieldProblem;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * Submitted answers after validation: the facts the rules see (answered questions only), the answers
 * as they were given, the ids of the questions left blank, in questionnaire order, and, when answers to
 * questions not asked are left out rather than refused, those questions with the error each would be.
 */
record ReadAnswers(List<Answer> facts, Map<String, JsonNode> given, List<String> unanswered,
        Map<String, FieldProblem> leftOut) {
}
