package app.commerceadvisor.knowledge.check;

import app.commerceadvisor.knowledge.ContentProblem;
import app.commerceadvisor.knowledge.LineLocator;
import app.commerceadvisor.pitfall.Severity;
import app.commerceadvisor.pitfall.Urgency;
import app.commerceadvisor.questionnaire.AnswerOption;
import app.commerceadvisor.questionnaire.AnswerType;
import app.commerceadvisor.questionnaire.Question;
import app.commerceadvisor.questionnaire.Questionnaire;
import app.commerceadvisor.questionnaire.Section;
import app.commerceadvisor.questionnaire.ShowIf;
import app.commerceadvisor.questionnaire.StageFocus;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks that the questionnaire is complete and unambiguous before it is used. */
public final class QuestionnaireCheck {

    private final Path file;
    private final LineLocator lines;
    private final List<ContentProblem> problems;

    public QuestionnaireCheck(Path file, List<ContentProblem> problems) {
        this.file = file;
        this.lines = new LineLocator(file);
        this.problems = problems;
    }

    public void check(Questionnaire questionnaire) {
        List<String> languages = questionnaire.languages();
        if (!languages.contains("en")) {
            report(0, "languages must include en (the language every text falls back to)");
        }
        for (String answer : List.of("yes", "no")) {
            TextCheck.requireText(questionnaire.yesNoLabels().get(answer), "yesNoLabels." + answer, languages,
                    message -> report(0, message));
        }
        int severityLine = lines.lineOfKey("severityLabels");
        for (Severity severity : Severity.values()) {
            TextCheck.requireText(questionnaire.severityLabels().get(severity.id()), "severityLabels." + severity.id(),
                    languages, message -> report(severityLine, message));
        }
        int urgencyLine = lines.lineOfKey("urgencyLabels");
        for (Urgency urgency : Urgency.values()) {
            TextCheck.requireText(questionnaire.urgencyLabels().get(urgency.id()), "urgencyLabels." + urgency.id(),
                    languages, message -> report(urgencyLine, message));
        }
        int phraseLine = lines.lineOfKey("reportPhrases");
        for (String phrase : Questionnaire.REPORT_PHRASES) {
            TextCheck.requireText(questionnaire.reportPhrases().get(phrase), "reportPhrases." + phrase,
                    languages, message -> report(phraseLine, message));
        }
        StageFocus focus = questionnaire.stageFocus();
        if (focus != null) {
            int focusLine = lines.lineOfKey("stageFocus");
            Question stage = focus.question() == null ? null : questionnaire.question(focus.question()).orElse(null);
            if (stage == null) {
                report(focusLine, "stageFocus.question '" + focus.question() + "' is not a question of the questionnaire");
            } else {
                focus.areas().keySet().stream().filter(option -> stage.option(option).isEmpty())
                        .forEach(option -> report(focusLine, "stageFocus.areas names '" + option + "', which is not an "
                                + "option of question '" + stage.id() + "'"));
            }
        }
        if (questionnaire.questions().isEmpty()) {
            report(0, "the questionnaire has no questions");
        }
        Set<String> sectionIds = new HashSet<>();
        Set<String> questionIds = new HashSet<>();
        Map<String, Question> earlier = new HashMap<>();
        for (Section section : questionnaire.sections()) {
            int line = lines.lineOfId(section.id());
            checkId(section.id(), "section", sectionIds, line);
            TextCheck.requireText(section.title(), "section '" + section.id() + "' title", languages,
                    message -> report(line, message));
            for (Question question : section.questions()) {
                checkQuestion(question, languages, questionIds);
                checkShowIf(question, earlier);
                earlier.putIfAbsent(question.id(), question);
            }
        }
    }

    private void checkQuestion(Question question, List<String> languages, Set<String> questionIds) {
        int line = lines.lineOfId(question.id());
        String name = "question '" + question.id() + "'";
        checkId(question.id(), "question", questionIds, line);
        if (question.type() == null) {
            report(line, name + ": type is missing (yes-no, single-choice, multiple-choice, number or text)");
            return;
        }
        TextCheck.requireText(question.text(), name + " text", languages, message -> report(line, message));
        TextCheck.requireText(question.help(), name + " help", languages, message -> report(line, message));
        boolean choice = question.type() == AnswerType.SINGLE_CHOICE || question.type() == AnswerType.MULTIPLE_CHOICE;
        if (choice && question.options().size() < 2) {
            report(line, name + ": a " + question.type().id() + " question needs at least two options");
        }
        if (!choice && !question.options().isEmpty()) {
            report(line, name + ": only single-choice and multiple-choice questions list options");
        }
        Set<String> optionIds = new HashSet<>();
        for (AnswerOption option : question.options()) {
            int optionLine = lines.lineOfId(option.id());
            checkId(option.id(), name + " option", optionIds, optionLine);
            TextCheck.requireText(option.text(), name + " option '" + option.id() + "' text", languages,
                    message -> report(optionLine, message));
        }
        if (question.type() != AnswerType.NUMBER && (question.min() != null || question.max() != null)) {
            report(line, name + ": min and max apply to number questions only");
        }
        if (question.min() != null && question.max() != null && question.min() > question.max()) {
            report(line, name + ": min is greater than max");
        }
        if (question.maxLength() != null && (question.type() != AnswerType.TEXT || question.maxLength() < 1)) {
            report(line, name + ": maxLength applies to text questions only and must be at least 1");
        }
    }

    private void checkShowIf(Question question, Map<String, Question> earlier) {
        ShowIf condition = question.showIf();
        if (condition == null) {
            return;
        }
        int line = lines.lineOfId(question.id());
        String name = "question '" + question.id() + "' showIf";
        Question prerequisite = earlier.get(condition.question());
        if (prerequisite == null) {
            report(line, name + ": '" + condition.question() + "' must be a question asked earlier in the questionnaire");
            return;
        }
        if (!prerequisite.type().hasOptions()) {
            report(line, name + ": '" + condition.question() + "' must be a yes-no or choice question");
            return;
        }
        if (condition.oneOf().isEmpty()) {
            report(line, name + ": oneOf lists no answer");
        }
        for (String option : condition.oneOf()) {
            boolean known = prerequisite.type() == AnswerType.YES_NO
                    ? option.equals("yes") || option.equals("no")
                    : prerequisite.option(option).isPresent();
            if (!known) {
                report(line, name + ": '" + option + "' is not an answer of '" + condition.question() + "'");
            }
        }
    }

    private void checkId(String id, String what, Set<String> seen, int line) {
        IdCheck.check(id, what, seen, message -> report(line, message));
    }

    private void report(int line, String message) {
        problems.add(new ContentProblem(file.toString(), line, message));
    }
}
