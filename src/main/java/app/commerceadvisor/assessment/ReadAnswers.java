package app.commerceadvisor.assessment;

import app.commerceadvisor.engine.Answer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * Submitted answers after validation: the facts the rules see (answered questions only), the answers
 * as they were given, and the ids of the questions left blank, in questionnaire order.
 */
record ReadAnswers(List<Answer> facts, Map<String, JsonNode> given, List<String> unanswered) {
}
