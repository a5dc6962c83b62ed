package app.commerceadvisor.assessment;

import app.commerceadvisor.engine.Answer;
import app.commerceadvisor.http.FieldError;
import app.commerceadvisor.http.InvalidInputException;
import app.commerceadvisor.questionnaire.AnswerOption;
import app.commerceadvisor.questionnaire.Question;
import app.commerceadvisor.questionnaire.Questionnaire;
import app.commerceadvisor.questionnaire.ShowIf;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks submitted answers against the questionnaire and turns the answered ones into facts. Every
 * error is collected, so a participant learns about all wrong fields at once. Null, an empty string
 * and an empty list mean "not answered": such a question becomes no fact at all, never a "no". A
 * question whose {@code showIf} condition is not met is not asked: it must not be answered, and it is
 * not listed as unanswered.
 */
final class AnswerReader {

    private final Questionnaire questionnaire;
    private final List<FieldError> errors = new ArrayList<>();

    private AnswerReader(Questionnaire questionnaire) {
        this.questionnaire = questionnaire;
    }

    static ReadAnswers read(Questionnaire questionnaire, Map<String, JsonNode> answers) {
        return new AnswerReader(questionnaire).readAll(answers);
    }

    private ReadAnswers readAll(Map<String, JsonNode> answers) {
        Map<String, Answer> answered = new LinkedHashMap<>();
        Set<String> invalid = new LinkedHashSet<>();
        for (Map.Entry<String, JsonNode> entry : answers.entrySet()) {
            String field = "answers." + entry.getKey();
            Optional<Question> question = questionnaire.question(entry.getKey());
            if (question.isEmpty()) {
                errors.add(new FieldError(field, "unknown question id '" + entry.getKey() + "'"));
                continue;
            }
            JsonNode value = entry.getValue();
            if (isBlank(value)) {
                continue;
            }
            Optional<Answer> answer = read(question.get(), value, field);
            if (answer.isPresent()) {
                answered.put(answer.get().getQuestion(), answer.get());
            } else {
                invalid.add(question.get().id());
            }
        }
        List<String> unanswered = new ArrayList<>();
        Set<String> asked = new LinkedHashSet<>();
        for (Question question : questionnaire.questions()) {
            boolean shown = isAsked(question, answered, asked);
            if (shown) {
                asked.add(question.id());
            }
            if (shown && !answered.containsKey(question.id())) {
                unanswered.add(question.id());
            } else if (!shown && answered.containsKey(question.id()) && !invalid.contains(question.showIf().question())) {
                // when the earlier answer is itself invalid, that error is reported and this one would mislead
                errors.add(new FieldError("answers." + question.id(), "only asked when '" + question.showIf().question()
                        + "' is answered with one of: " + String.join(", ", question.showIf().oneOf())));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ReadAnswers(List.copyOf(answered.values()), new LinkedHashMap<>(answers), List.copyOf(unanswered));
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

    private Optional<Answer> read(Question question, JsonNode value, String field) {
        return switch (question.type()) {
            case YES_NO -> yesNo(question, value, field);
            case SINGLE_CHOICE -> singleChoice(question, value, field);
            case MULTIPLE_CHOICE -> multipleChoice(question, value, field);
            case NUMBER -> number(question, value, field);
            case TEXT -> text(question, value, field);
        };
    }

    private Optional<Answer> yesNo(Question question, JsonNode value, String field) {
        if (value.isBoolean()) {
            return Optional.of(Answer.yesNo(question.id(), value.booleanValue()));
        }
        if (value.isTextual() && (value.asText().equals("yes") || value.asText().equals("no"))) {
            return Optional.of(Answer.yesNo(question.id(), value.asText().equals("yes")));
        }
        return fail(field, "expected true or false (or \"yes\"/\"no\"), got " + describe(value));
    }

    private Optional<Answer> singleChoice(Question question, JsonNode value, String field) {
        if (!value.isTextual()) {
            return fail(field, "expected one option id as a string, got " + describe(value));
        }
        if (question.option(value.asText()).isEmpty()) {
            return fail(field, notAnOption(question, value.asText()));
        }
        return Optional.of(Answer.singleChoice(question.id(), value.asText()));
    }

    private Optional<Answer> multipleChoice(Question question, JsonNode value, String field) {
        if (!value.isArray()) {
            return fail(field, "expected a list of option ids, got " + describe(value));
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (JsonNode element : value) {
            if (!element.isTextual()) {
                return fail(field, "expected a list of option ids, got an element that is " + describe(element));
            }
            Optional<AnswerOption> option = question.option(element.asText());
            if (option.isEmpty()) {
                return fail(field, notAnOption(question, element.asText()));
            }
            if (!chosen.add(element.asText())) {
                return fail(field, "option '" + element.asText() + "' is chosen twice");
            }
            if (option.get().exclusive() && value.size() > 1) {
                return fail(field, "option '" + element.asText() + "' cannot be combined with other options");
            }
        }
        return Optional.of(Answer.multipleChoice(question.id(), chosen));
    }

    private Optional<Answer> number(Question question, JsonNode value, String field) {
        if (!value.isNumber()) {
            return fail(field, "expected a number, got " + describe(value));
        }
        double number = value.doubleValue();
        if (!Double.isFinite(number)) {
            return fail(field, "the number is out of range");
        }
        if (number < question.minimum()) {
            return fail(field, question.minimum() == 0 ? "must not be negative"
                    : "must be at least " + format(question.minimum()));
        }
        if (question.max() != null && number > question.max()) {
            return fail(field, "must be at most " + format(question.max()));
        }
        return Optional.of(Answer.number(question.id(), number));
    }

    private Optional<Answer> text(Question question, JsonNode value, String field) {
        if (!value.isTextual()) {
            return fail(field, "expected a text, got " + describe(value));
        }
        String text = value.asText().strip();
        int length = text.codePointCount(0, text.length());
        if (length > question.maximumLength()) {
            return fail(field, "text too long: " + length + " characters, at most "
                    + question.maximumLength() + " allowed");
        }
        return Optional.of(Answer.text(question.id(), text));
    }

    private Optional<Answer> fail(String field, String message) {
        errors.add(new FieldError(field, message));
        return Optional.empty();
    }

    private static String notAnOption(Question question, String option) {
        return "'" + option + "' is not an option of this question; options: "
                + question.options().stream().map(AnswerOption::id).collect(Collectors.joining(", "));
    }

    private static String describe(JsonNode value) {
        if (value.isArray()) {
            return "a list";
        }
        if (value.isObject()) {
            return "an object";
        }
        if (value.isNumber()) {
            return "a number";
        }
        if (value.isBoolean()) {
            return "a boolean";
        }
        return "a string";
    }

    private static String format(double number) {
        return number == Math.rint(number) ? String.valueOf((long) number) : String.valueOf(number);
    }
}
