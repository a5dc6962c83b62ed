package app.commerceadvisor.questionnaire;

import app.commerceadvisor.http.InvalidInputException;
import com.fasterxml.jackson.annotation.JsonIgnore;
import app.commerceadvisor.knowledge.LocalizedText;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The questionnaire of {@code knowledge-base/questionnaire.yaml}: the languages it is written in, the
 * labels of yes/no answers, the labels of the severities and urgencies findings show, and its sections of questions.
 */
public record Questionnaire(
        String id,
        List<String> languages,
        Map<String, LocalizedText> yesNoLabels,
        Map<String, LocalizedText> severityLabels,
        Map<String, LocalizedText> urgencyLabels,
        Map<String, LocalizedText> reportPhrases,
        StageFocus stageFocus,
        List<Section> sections,
        // every question of every section in order, worked out here once: a report looks questions up many times
        @JsonIgnore List<Question> questions) {

    public Questionnaire {
        languages = languages == null ? List.of() : List.copyOf(languages);
        yesNoLabels = yesNoLabels == null ? Map.of() : Map.copyOf(yesNoLabels);
        severityLabels = severityLabels == null ? Map.of() : Map.copyOf(severityLabels);
        urgencyLabels = urgencyLabels == null ? Map.of() : Map.copyOf(urgencyLabels);
        reportPhrases = reportPhrases == null ? Map.of() : Map.copyOf(reportPhrases);
        sections = sections == null ? List.of() : List.copyOf(sections);
        questions = sections.stream().flatMap(section -> section.questions().stream()).toList();
    }

    public Optional<Question> question(String questionId) {
        for (Question question : questions) {
            if (question.id() != null && question.id().equals(questionId)) {
                return Optional.of(question);
            }
        }
        return Optional.empty();
    }

    /** The label of a severity ({@code high}, {@code medium}, ...) in {@code language}; the id if it has none. */
    public String severityLabel(String severity, String language) {
        LocalizedText label = severityLabels.get(severity);
        String text = label == null ? null : label.in(language);
        return text == null ? severity : text;
    }

    /** The label of an urgency ({@code this-week}, ...) in {@code language}; the id if it has none. */
    public String urgencyLabel(String urgency, String language) {
        LocalizedText label = urgencyLabels.get(urgency);
        String text = label == null ? null : label.in(language);
        return text == null ? urgency : text;
    }

    /** The phrases a report's reasoning is written with, by key, e.g. {@code so}. */
    public static final java.util.List<String> REPORT_PHRASES =
            java.util.List.of("youAnswered", "alsoAnswered", "and", "comparedWith", "sentenceEnd", "so", "sourceSays",
                    "changeTo", "clearedWhen", "summaryFindings", "summaryFirst", "summaryNothingFirst", "summaryChecked");

    /** A phrase of {@link #REPORT_PHRASES} in {@code language}; the key itself if the questionnaire lacks it. */
    public String reportPhrase(String key, String language) {
        LocalizedText phrase = reportPhrases.get(key);
        String text = phrase == null ? null : phrase.in(language);
        return text == null ? key : text;
    }

    public boolean speaks(String language) {
        return languages.contains(language);
    }

    /**
     * @throws InvalidInputException naming {@code field} when the questionnaire is not written in
     *                               {@code language}
     */
    public void requireLanguage(String field, String language) {
        if (!speaks(language)) {
            String written = String.join(", ", languages);
            throw new InvalidInputException(field, m -> m.unsupportedLanguage(language, written));
        }
    }

    /** The same questionnaire with the yes/no options spelt out on every yes/no question. */
    public Questionnaire withYesNoOptions() {
        List<AnswerOption> yesNo = List.of(
                new AnswerOption("yes", yesNoLabels.getOrDefault("yes", new LocalizedText(Map.of("en", "Yes"))), false),
                new AnswerOption("no", yesNoLabels.getOrDefault("no", new LocalizedText(Map.of("en", "No"))), false));
        List<Section> completed = sections.stream()
                .map(section -> new Section(section.id(), section.title(), section.questions().stream()
                        .map(question -> question.type() == AnswerType.YES_NO ? question.withOptions(yesNo) : question)
                        .toList()))
                .toList();
        return new Questionnaire(id, languages, yesNoLabels, severityLabels, urgencyLabels, reportPhrases, stageFocus, completed, null);
    }
}
