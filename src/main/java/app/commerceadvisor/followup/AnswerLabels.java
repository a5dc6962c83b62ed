package app.commerceadvisor.followup;

import app.commerceadvisor.questionnaire.Question;
import app.commerceadvisor.questionnaire.Questionnaire;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** An answer as a participant reads it: the options' texts in the report's language, a figure as written. */
public final class AnswerLabels {

    private final Questionnaire questionnaire;
    private final String language;

    public AnswerLabels(Questionnaire questionnaire, String language) {
        this.questionnaire = questionnaire;
        this.language = language;
    }

    public String of(Question question, JsonNode answer) {
        if (answer.isBoolean()) {
            return option(question, answer.asBoolean() ? "yes" : "no");
        }
        if (answer.isArray()) {
            List<String> texts = new ArrayList<>();
            answer.forEach(option -> texts.add(option(question, option.asText())));
            return String.join("; ", texts);
        }
        if (answer.isNumber()) {
            return answer.decimalValue().stripTrailingZeros().toPlainString();
        }
        return question.options().isEmpty() ? answer.asText() : option(question, answer.asText());
    }

    private String option(Question question, String id) {
        return questionnaire.question(question.id()).flatMap(asked -> asked.option(id))
                .map(option -> option.text().in(language)).orElse(id);
    }
}
