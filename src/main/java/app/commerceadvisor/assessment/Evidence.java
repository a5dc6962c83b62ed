package app.commerceadvisor.assessment;

import com.fasterxml.jackson.databind.JsonNode;

/** One answer a finding rests on: the question, the answer as given, and both in the report's language. */
public record Evidence(String question, String questionText, JsonNode answer, String answerText) {
}
