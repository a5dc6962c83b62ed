package app.commerceadvisor.questionnaire;

import app.commerceadvisor.knowledge.LocalizedText;

/**
 * One option of a choice question. An exclusive option ("none of these", "I don't know") cannot be
 * chosen together with others.
 */
public record AnswerOption(String id, LocalizedText text, boolean exclusive) {
}
