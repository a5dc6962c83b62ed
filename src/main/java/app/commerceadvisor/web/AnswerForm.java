package app.commerceadvisor.web;

import app.commerceadvisor.http.FieldProblem;
import app.commerceadvisor.http.ProblemMessages;
import app.commerceadvisor.questionnaire.AnswerType;
import app.commerceadvisor.questionnaire.Question;
import app.commerceadvisor.questionnaire.Questionnaire;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The questionnaire's answers as an HTML form sends them and as the API takes them. A question's field is
 * {@code q-<question id>}; a yes-no question sends {@code yes} or {@code no}, a choice its option ids, a number
 * or text what was typed; an empty value (the "leave blank" choice, an empty field) is a blank answer, never a
 * "no". What was typed is kept as typed, so a form shown again after an error shows it unchanged.
 */
final class AnswerForm {

    static final String PREFIX = "q-";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private AnswerForm() {
    }

    /** The values sent for each question, as typed, without the empty ones; questions of the questionnaire only. */
    static Map<String, List<String>> typed(Questionnaire questionnaire, Map<String, List<String>> form) {
        Map<String, List<String>> typed = new LinkedHashMap<>();
        questionnaire.sections().forEach(section -> section.questions().forEach(question -> {
            List<String> values = form.getOrDefault(PREFIX + question.id(), List.of()).stream()
                    .filter(value -> value != null && !value.isBlank()).map(String::strip).toList();
            if (!values.isEmpty()) {
                typed.put(question.id(), values);
            }
        }));
        return typed;
    }

    /**
     * The answers as the API takes them. An answer to a follow-up question whose condition the other answers do
     * not meet is left out: the form showed that question only in case (a browser without scripts shows all).
     */
    static Map<String, JsonNode> answers(Questionnaire questionnaire, Map<String, List<String>> typed) {
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        questionnaire.sections().forEach(section -> section.questions().forEach(question -> {
            List<String> values = typed.get(question.id());
            if (values != null && asked(question, typed)) {
                answers.put(question.id(), value(question, values));
            }
        }));
        return answers;
    }

    /** Stored answers as the form shows them. */
    static Map<String, List<String>> typed(Map<String, JsonNode> answers) {
        Map<String, List<String>> typed = new LinkedHashMap<>();
        if (answers == null) {
            return typed;
        }
        answers.forEach((id, value) -> {
            if (value == null || value.isNull()) {
                return;
            }
            List<String> values = new ArrayList<>();
            if (value.isArray()) {
                value.forEach(element -> values.add(element.asText()));
            } else if (value.isBoolean()) {
                values.add(value.booleanValue() ? "yes" : "no");
            } else if (value.isNumber()) {
                values.add(value.decimalValue().stripTrailingZeros().toPlainString());
            } else {
                values.add(value.asText());
            }
            if (!values.isEmpty()) {
                typed.put(id, values);
            }
        });
        return typed;
    }

    /** Each field error worded in the page's language, by question id; errors naming no question under "". */
    static Map<String, String> errors(List<FieldProblem> problems, ProblemMessages messages) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldProblem problem : problems) {
            String field = problem.field();
            String question = field.startsWith("answers.") ? field.substring("answers.".length()).split("[\\[.]")[0] : "";
            errors.merge(question, problem.text().in(messages), (first, second) -> first + " " + second);
        }
        return errors;
    }

    /**
     * The errors of a form: as {@link #errors(List, ProblemMessages)}, except that a number question answered
     * with something that is not a number is told so in the reader's words rather than the API's.
     */
    static Map<String, String> errors(List<FieldProblem> problems, ProblemMessages messages, Questionnaire questionnaire,
            Map<String, List<String>> typed, PageLabels labels) {
        Map<String, String> errors = errors(problems, messages);
        errors.replaceAll((id, message) -> questionnaire.question(id)
                .filter(question -> question.type() == AnswerType.NUMBER)
                .filter(question -> typed.containsKey(id) && number(typed.get(id).get(0)).isTextual())
                .map(question -> labels.typeANumber(typed.get(id).get(0)))
                .orElse(message));
        return errors;
    }

    private static boolean asked(Question question, Map<String, List<String>> typed) {
        if (question.showIf() == null) {
            return true;
        }
        List<String> earlier = typed.getOrDefault(question.showIf().question(), List.of());
        return earlier.stream().anyMatch(question.showIf().oneOf()::contains);
    }

    private static JsonNode value(Question question, List<String> values) {
        return switch (question.type()) {
            case YES_NO -> switch (values.get(0)) {
                case "yes" -> JSON.booleanNode(true);
                case "no" -> JSON.booleanNode(false);
                default -> JSON.textNode(values.get(0));
            };
            case MULTIPLE_CHOICE -> {
                ArrayNode chosen = JSON.arrayNode();
                values.forEach(chosen::add);
                yield chosen;
            }
            case NUMBER -> number(values.get(0));
            case SINGLE_CHOICE, TEXT -> JSON.textNode(values.get(0));
        };
    }

    /** A number as typed ("12 000", "3.5"); anything else stays text, which the questionnaire then refuses in words. */
    private static JsonNode number(String typed) {
        // "30 %" or "30%" for a percentage question whose help says 30 means 30 %
        String plain = typed.replace(" ", "").replace("\u00a0", "").replace("_", "").replaceAll("[%％]$", "");
        try {
            BigDecimal number = new BigDecimal(plain);
            return JSON.numberNode(number);
        } catch (NumberFormatException e) {
            return JSON.textNode(typed);
        }
    }

    /** Whether the question takes one of its options (radio buttons or check boxes) rather than a typed value. */
    static boolean choice(Question question) {
        return question.type() == AnswerType.YES_NO || question.type() == AnswerType.SINGLE_CHOICE
                || question.type() == AnswerType.MULTIPLE_CHOICE;
    }
}
