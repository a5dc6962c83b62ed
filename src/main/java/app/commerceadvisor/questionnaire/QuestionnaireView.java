package app.commerceadvisor.questionnaire;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The questionnaire in one language, as a participant's form shows it. */
public record QuestionnaireView(String id, String language, String knowledgeBaseVersion, List<SectionView> sections) {

    public record SectionView(String id, String title, List<QuestionView> questions) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuestionView(
            String id,
            String type,
            String text,
            String help,
            List<OptionView> options,
            Double min,
            Double max,
            Integer maxLength,
            ShowIf showIf) {
    }

    public record OptionView(String id, String text, boolean exclusive) {
    }

    static QuestionnaireView of(Questionnaire questionnaire, String language, String version) {
        return new QuestionnaireView(questionnaire.id(), language, version, questionnaire.sections().stream()
                .map(section -> new SectionView(section.id(), section.title().in(language), section.questions().stream()
                        .map(question -> question(question, language))
                        .toList()))
                .toList());
    }

    /** One question in {@code language}, as the questionnaire and the interview show it. */
    public static QuestionView question(Question question, String language) {
        boolean number = question.type() == AnswerType.NUMBER;
        boolean text = question.type() == AnswerType.TEXT;
        return new QuestionView(
                question.id(),
                question.type().id(),
                question.text().in(language),
                question.help().in(language),
                question.type().hasOptions()
                        ? question.options().stream()
                                .map(option -> new OptionView(option.id(), option.text().in(language), option.exclusive()))
                                .toList()
                        : null,
                number ? question.minimum() : null,
                number ? question.max() : null,
                text ? question.maximumLength() : null,
                question.showIf());
    }
}
