package app.commerceadvisor.assessment;

import app.commerceadvisor.engine.Answer;
import app.commerceadvisor.http.ProblemMessages;
import app.commerceadvisor.http.ProblemText;
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

    /** A value that does not fit its question; its text says how, for the participant. */
    static final class InvalidAnswerValue extends RuntimeException {
        private final transient ProblemText text;

        InvalidAnswerValue(ProblemText text) {
            super(null, null, false, false);
            this.text = text;
        }

        ProblemText text() {
            return text;
        }

        @Override
        public String getMessage() {
            return text.english();
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
        ProblemText kind = describe(value);
        throw new InvalidAnswerValue(m -> m.expectedYesNo(kind.in(m)));
    }

    private static Answer singleChoice(Question question, JsonNode value) {
        if (!value.isTextual()) {
            ProblemText kind = describe(value);
            throw new InvalidAnswerValue(m -> m.expectedOneOption(kind.in(m)));
        }
        if (question.option(value.asText()).isEmpty()) {
            throw new InvalidAnswerValue(notAnOption(question, value.asText()));
        }
        return Answer.singleChoice(question.id(), value.asText());
    }

    private static Answer multipleChoice(Question question, JsonNode value) {
        if (!value.isArray()) {
            ProblemText kind = describe(value);
            throw new InvalidAnswerValue(m -> m.expectedOptionList(kind.in(m)));
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (JsonNode element : value) {
            if (!element.isTextual()) {
                ProblemText kind = describe(element);
                throw new InvalidAnswerValue(m -> m.expectedOptionListElement(kind.in(m)));
            }
            Optional<AnswerOption> option = question.option(element.asText());
            if (option.isEmpty()) {
                throw new InvalidAnswerValue(notAnOption(question, element.asText()));
            }
            String id = element.asText();
            if (!chosen.add(id)) {
                throw new InvalidAnswerValue(m -> m.optionChosenTwice(id));
            }
            if (option.get().exclusive() && value.size() > 1) {
                throw new InvalidAnswerValue(m -> m.optionNotCombinable(id));
            }
        }
        return Answer.multipleChoice(question.id(), chosen);
    }

    private static Answer number(Question question, JsonNode value) {
        if (!value.isNumber()) {
            ProblemText kind = describe(value);
            throw new InvalidAnswerValue(m -> m.expectedNumber(kind.in(m)));
        }
        double number = value.doubleValue();
        if (!Double.isFinite(number)) {
            throw new InvalidAnswerValue(ProblemMessages::numberOutOfRange);
        }
        if (number < question.minimum()) {
            String minimum = format(question.minimum());
            throw new InvalidAnswerValue(question.minimum() == 0 ? ProblemMessages::mustNotBeNegative
                    : m -> m.atLeast(minimum));
        }
        if (question.max() != null && number > question.max()) {
            String maximum = format(question.max());
            throw new InvalidAnswerValue(m -> m.atMost(maximum));
        }
        return Answer.number(question.id(), number);
    }

    private static Answer text(Question question, JsonNode value) {
        if (!value.isTextual()) {
            ProblemText kind = describe(value);
            throw new InvalidAnswerValue(m -> m.expectedText(kind.in(m)));
        }
        String text = value.asText().strip();
        int length = text.codePointCount(0, text.length());
        if (length > question.maximumLength()) {
            int maximum = question.maximumLength();
            throw new InvalidAnswerValue(m -> m.textTooLong(length, maximum));
        }
        return Answer.text(question.id(), text);
    }

    private static ProblemText notAnOption(Question question, String option) {
        String options = question.options().stream().map(AnswerOption::id).collect(Collectors.joining(", "));
        return m -> m.notAnOption(option, options);
    }

    /** What kind of JSON value this is, in the words of the API: "a list", "a number", … */
    static ProblemText describe(JsonNode value) {
        if (value.isNull()) {
            return ProblemMessages::kindNull;
        }
        if (value.isArray()) {
            return ProblemMessages::kindList;
        }
        if (value.isObject()) {
            return ProblemMessages::kindObject;
        }
        if (value.isNumber()) {
            return ProblemMessages::kindNumber;
        }
        if (value.isBoolean()) {
            return ProblemMessages::kindBoolean;
        }
        return ProblemMessages::kindString;
    }

    private static String format(double number) {
        return number == Math.rint(number) ? String.valueOf((long) number) : String.valueOf(number);
    }
}
