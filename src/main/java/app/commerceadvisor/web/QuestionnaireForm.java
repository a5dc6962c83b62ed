package app.commerceadvisor.web;

import app.commerceadvisor.questionnaire.AnswerType;
import app.commerceadvisor.questionnaire.Question;
import app.commerceadvisor.questionnaire.Questionnaire;
import java.util.List;
import java.util.Map;

/**
 * The questionnaire as a form: its sections, each question with what the reader typed or chose and the error
 * found in it. Built from the knowledge base's questionnaire, so a question a trainer adds appears with no change
 * here.
 *
 * @param action       where the form posts
 * @param draftKey     the key of the browser's draft of this form; null for none
 * @param serverAnswers whether the form already shows answers from the server (a draft then does not replace them)
 * @param errors       the errors that name no question
 * @param errorCount   how many errors the form has in all
 */
public record QuestionnaireForm(String action, String draftKey, boolean serverAnswers, List<Section> sections,
        List<String> errors, int errorCount) {

    public record Section(String id, String title, int number, List<Field> questions) {
    }

    /**
     * One question. {@code showIf}/{@code showIfValues}: the field and option ids it follows, for the script that
     * shows it only when it applies.
     */
    public record Field(String id, String type, String text, String help, List<Option> options, String value,
            boolean blank, String hint, Integer maxLength, String showIf, String showIfValues, String error) {

        public boolean choice() {
            return options != null;
        }

        public boolean multiple() {
            return "multiple-choice".equals(type);
        }

        public boolean number() {
            return "number".equals(type);
        }

        public String name() {
            return AnswerForm.PREFIX + id;
        }

        /** The ids of the help and error texts the field is described by. */
        public String describedBy() {
            String ids = (help == null || help.isBlank() ? "" : "help-" + id + " ")
                    + (hint == null ? "" : "hint-" + id + " ") + (error == null ? "" : "error-" + id);
            return ids.strip();
        }
    }

    public record Option(String id, String text, boolean checked) {
    }

    static QuestionnaireForm of(Questionnaire questionnaire, String language, Map<String, List<String>> typed,
            Map<String, String> errors, String action, String draftKey, PageLabels labels) {
        int[] number = { 0 };
        List<Section> sections = questionnaire.sections().stream()
                .map(section -> new Section(section.id(), section.title().in(language), ++number[0],
                        section.questions().stream().map(question -> field(question, language,
                                typed.getOrDefault(question.id(), List.of()), errors.get(question.id()), labels))
                                .toList()))
                .toList();
        List<String> general = errors.containsKey("") ? List.of(errors.get("")) : List.of();
        return new QuestionnaireForm(action, draftKey, !typed.isEmpty() || !errors.isEmpty(), sections, general,
                errors.size());
    }

    static Field field(Question question, String language, List<String> typed, String error, PageLabels labels) {
        List<Option> options = AnswerForm.choice(question) ? question.options().stream()
                .map(option -> new Option(option.id(), option.text().in(language), typed.contains(option.id())))
                .toList() : null;
        String hint = null;
        if (question.type() == AnswerType.NUMBER) {
            hint = question.max() == null ? labels.numberAtLeast(plain(question.minimum()))
                    : labels.numberBetween(plain(question.minimum()), plain(question.max()));
        }
        String help = question.help().in(language);
        return new Field(question.id(), question.type().id(), question.text().in(language),
                help == null || help.isBlank() ? null : help, options,
                typed.isEmpty() ? "" : typed.get(0), typed.isEmpty(), hint,
                question.type() == AnswerType.TEXT ? question.maximumLength() : null,
                question.showIf() == null ? null : AnswerForm.PREFIX + question.showIf().question(),
                question.showIf() == null ? null : String.join(" ", question.showIf().oneOf()), error);
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
