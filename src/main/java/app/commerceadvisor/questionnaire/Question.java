package app.commerceadvisor.questionnaire;

import app.commerceadvisor.knowledge.LocalizedText;
import java.util.List;
import java.util.Optional;

/**
 * One question. {@code min}/{@code max} bound number answers (a number is never negative unless
 * {@code min} says so); {@code maxLength} bounds free text; {@code showIf}, when present, says after
 * which earlier answer the question is asked; {@code context: true} marks a question asked for background
 * (e.g. what the merchant sells) that no rule needs to read.
 */
public record Question(
        String id,
        AnswerType type,
        LocalizedText text,
        LocalizedText help,
        List<AnswerOption> options,
        Double min,
        Double max,
        Integer maxLength,
        ShowIf showIf,
        boolean context) {

    public static final int DEFAULT_MAX_LENGTH = 2000;

    public Question {
        options = options == null ? List.of() : List.copyOf(options);
        help = help == null ? new LocalizedText(null) : help;
    }

    public Optional<AnswerOption> option(String optionId) {
        return options.stream().filter(option -> option.id().equals(optionId)).findFirst();
    }

    public double minimum() {
        return min == null ? 0 : min;
    }

    public int maximumLength() {
        return maxLength == null ? DEFAULT_MAX_LENGTH : maxLength;
    }

    Question withOptions(List<AnswerOption> replacement) {
        return new Question(id, type, text, help, replacement, min, max, maxLength, showIf, context);
    }
}
