package app.commerceadvisor.assessment;

import app.commerceadvisor.engine.Answer;
import app.commerceadvisor.http.FieldProblem;
import app.commerceadvisor.http.InvalidInputException;
import app.commerceadvisor.questionnaire.Question;
import app.commerceadvisor.questionnaire.Questionnaire;
import app.commerceadvisor.questionnaire.ShowIf;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks submitted answers against the questionnaire and turns the answered ones into facts. Every
 * error is collected, so a participant learns about all wrong fields at once. Null, an empty string
 * and an empty list mean "not answered": such a question becomes no fact at all, never a "no". A
 * question whose {@code showIf} condition is not met is not asked: it must not be answered, and it is
 * not listed as unanswered.
 */
final class AnswerReader {

    private final Questionnaire questionnaire;
    private final List<FieldProblem> errors = new ArrayList<>();

    private AnswerReader(Questionnaire questionnaire) {
        this.questionnaire = questionnaire;
    }

    static ReadAnswers read(Questionnaire questionnaire, Map<String, JsonNode> answers) {
        return new AnswerReader(questionnaire).readAll(answers, false);
    }

    /**
     * As {@link #read}, but an answer to a question the other answers do not ask is left out (and listed
     * in {@link ReadAnswers#leftOut()} with the error it would be) instead of refused: for answers tried
     * in place of others, where changing one answer can hide a follow-up question.
     */
    static ReadAnswers readAsked(Questionnaire questionnaire, Map<String, JsonNode> answers) {
        return new AnswerReader(questionnaire).readAll(answers, true);
    }

    private ReadAnswers readAll(Map<String, JsonNode> answers, boolean leaveOutUnasked) {
        int questions = questionnaire.questions().size();
        if (answers.size() > 2 * questions) {
            // far more entries than questions: most are unknown ids, and one error says it better than hundreds
            int entries = answers.size();
            throw new InvalidInputException("answers", m -> m.tooManyAnswers(entries, questions));
        }
        Map<String, Answer> answered = new LinkedHashMap<>();
        Set<String> invalid = new LinkedHashSet<>();
        List<Question> all = questionnaire.questions();
        Map<String, Question> byId = new HashMap<>();
        all.forEach(question -> byId.putIfAbsent(question.id(), question));
        for (Map.Entry<String, JsonNode> entry : answers.entrySet()) {
            String field = "answers." + entry.getKey();
            Optional<Question> question = Optional.ofNullable(byId.get(entry.getKey()));
            if (question.isEmpty()) {
                String id = entry.getKey();
                errors.add(new FieldProblem(field, m -> m.unknownQuestion(id)));
                continue;
            }
            JsonNode value = entry.getValue();
            if (isBlank(value)) {
                continue;
            }
            try {
                answered.put(question.get().id(), AnswerValueReader.read(question.get(), value));
            } catch (AnswerValueReader.InvalidAnswerValue e) {
                errors.add(new FieldProblem(field, e.text()));
                invalid.add(question.get().id());
            }
        }
        List<String> unanswered = new ArrayList<>();
        Map<String, FieldProblem> leftOut = new LinkedHashMap<>();
        Set<String> asked = new LinkedHashSet<>();
        for (Question question : all) {
            boolean shown = isAsked(question, answered, asked);
            if (shown) {
                asked.add(question.id());
            }
            if (shown && !answered.containsKey(question.id())) {
                unanswered.add(question.id());
            } else if (!shown && answered.containsKey(question.id()) && !invalid.contains(question.showIf().question())) {
                // when the earlier answer is itself invalid, that error is reported and this one would mislead
                String earlier = question.showIf().question();
                String options = String.join(", ", question.showIf().oneOf());
                FieldProblem notAsked = new FieldProblem("answers." + question.id(), m -> m.onlyAskedWhen(earlier, options));
                if (leaveOutUnasked) {
                    leftOut.put(question.id(), notAsked);
                } else {
                    errors.add(notAsked);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Map<String, JsonNode> given = new LinkedHashMap<>(answers);
        leftOut.keySet().forEach(question -> {
            answered.remove(question);
            given.remove(question);
        });
        return new ReadAnswers(List.copyOf(answered.values()), given, List.copyOf(unanswered), leftOut);
    }

    /** Whether the questionnaire asks this question, given the answers so far (its condition is met). */
    private static boolean isAsked(Question question, Map<String, Answer> answered, Set<String> asked) {
        ShowIf condition = question.showIf();
        if (condition == null) {
            return true;
        }
        Answer earlier = answered.get(condition.question());
        if (earlier == null || !asked.contains(condition.question())) {
            return false;
        }
        return (earlier.getChoice() != null && condition.oneOf().contains(earlier.getChoice()))
                || earlier.getChoices().stream().anyMatch(condition.oneOf()::contains);
    }

    private static boolean isBlank(JsonNode value) {
        return value == null
                || value.isNull()
                || (value.isTextual() && value.asText().isBlank())
                || (value.isArray() && value.isEmpty());
    }
}
