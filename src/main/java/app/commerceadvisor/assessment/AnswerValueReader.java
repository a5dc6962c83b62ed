package app.commerceadvisor.assessment;

import app.commerceadvisor.engine.Answer;
import app.commerceadvisor.questionnaire.AnswerOption;
import app.commerceadvisor.questionnaire.Question;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Turns one submitted JSON value into the answer fact its question's type calls for, or says why it cannot. */
final class AnswerValueReader {

    private AnswerValueReader() {
    }

    /** A value that does not fit its question; the message says how, for the participant. */
    static final class InvalidAnswerValue extends RuntimeException {
        InvalidAnswerValue(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * @throws InvalidAnswerValue when the value has the wrong type, names no option of the question, or
     *                            is out of the question's bounds
     */
    static Answer read(Question question, JsonNode value) {
        return switch (question.type()) {
            case YES_NO -> yesNo(question, value);
            case SINGLE_CHOICE -> singleChoice(question, value);
            case MULTIPLE_CHOICE -> multipleChoice(question, value);
            case NUMBER -> number(question, value);
            case TEXT -> text(question, value);
        };
    }

    private static Answer yesNo(Question question, JsonNode value) {
        if (value.isBoolean()) {
            return Answer.yesNo(question.id(), value.booleanValue());
        }
        if (value.isTextual() && (value.asText().equals("yes") || value.asText().equals("no"))) {
            return Answer.yesNo(question.id(), value.asText().equals("yes"));
        }
        throw new InvalidAnswerValue("expected true or false (or \"yes\"/\"no\"), got " + describe(value));
    }

    private static Answer singleChoice(Question question, JsonNode value) {
        if (!value.isTextual()) {
            throw new InvalidAnswerValue("expected one option id as a string, got " + describe(value));
        }
        if (question.option(value.asText()).isEmpty()) {
            throw new InvalidAnswerValue(notAnOption(question, value.asText()));
        }
        return Answer.singleChoice(question.id(), value.asText());
    }

    private static Answer multipleChoice(Question question, JsonNode value) {
        if (!value.isArray()) {
            throw new InvalidAnswerValue("expected a list of option ids, got " + describe(value));
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (JsonNode element : value) {
            if (!element.isTextual()) {
                throw new InvalidAnswerValue("expected a list of option ids, got an element that is " + describe(element));
            }
            Optional<AnswerOption> option = question.option(element.asText());
            if (option.isEmpty()) {
                throw new InvalidAnswerValue(notAnOption(question, element.asText()));
            }
            if (!chosen.add(element.asText())) {
                throw new InvalidAnswerValue("option '" + element.asText() + "' is chosen twice");
            }
            if (option.get().exclusive() && value.size() > 1) {
                throw new InvalidAnswerValue("option '" + element.asText() + "' cannot be combined with other options");
            }
        }
        return Answer.multipleChoice(question.id(), chosen);
    }

    private static Answer number(Question question, JsonNode value) {
        if (!value.isNumber()) {
            throw new InvalidAnswerValue("expected a number, got " + describe(value));
        }
        double number = value.doubleValue();
        if (!Double.isFinite(number)) {
            throw new InvalidAnswerValue("the number is out of range");
        }
        if (number < question.minimum()) {
            throw new InvalidAnswerValue(question.minimum() == 0 ? "must not be negative"
                    : "must be at least " + format(question.minimum()));
        }
        if (question.max() != null && number > question.max()) {
            throw new InvalidAnswerValue("must be at most " + format(question.max()));
        }
        return Answer.number(question.id(), number);
    }

    private static Answer text(Question question, JsonNode value) {
        if (!value.isTextual()) {
            throw new InvalidAnswerValue("expected a text, got " + describe(value));
        }
        String text = value.asText().strip();
        int length = text.codePointCount(0, text.length());
        if (length > question.maximumLength()) {
            throw new InvalidAnswerValue("text too long: " + length + " characters, at most "
                    + question.maximumLength() + " allowed");
        }
        return Answer.text(question.id(), text);
    }

    private static String notAnOption(Question question, String option) {
        return "'" + option + "' is not an option of this question; options: "
                + question.options().stream().map(AnswerOption::id).collect(Collectors.joining(", "));
    }

    /** What kind of JSON value this is, in the words of the API: "a list", "a number", … */
    static String describe(JsonNode value) {
        if (value.isNull()) {
            return "null";
        }
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
