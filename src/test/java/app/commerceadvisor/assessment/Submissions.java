package app.commerceadvisor.assessment;

import app.commerceadvisor.questionnaire.AnswerOption;
import app.commerceadvisor.questionnaire.Question;
import app.commerceadvisor.questionnaire.Questionnaire;
import app.commerceadvisor.questionnaire.ShowIf;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik generators of questionnaire submissions, built from the questionnaire the service really
 * serves: valid answers of every type (blank ones too), honouring showIf and exclusive options, with
 * texts drawn from all of Unicode.
 */
final class Submissions {

    private static final int MAX_GENERATED_TEXT = 40;

    private final Questionnaire questionnaire;

    Submissions(Questionnaire questionnaire) {
        this.questionnaire = questionnaire;
    }

    /** A whole request body: participant, language and answers, as a map to be written as JSON. */
    Arbitrary<Map<String, Object>> valid() {
        return Combinators.combine(participants(), Arbitraries.of(questionnaire.languages()), answers())
                .as((participant, language, answers) -> {
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("participant", participant);
                    body.put("language", language);
                    body.put("answers", answers);
                    return body;
                });
    }

    /** Any text of 1 to 200 characters that is not blank. */
    Arbitrary<String> participants() {
        return texts(1, AssessmentRequestReader.MAX_PARTICIPANT_LENGTH).filter(text -> !text.isBlank());
    }

    /** Answers to every question, some left blank; a question whose showIf is not met is left out. */
    Arbitrary<Map<String, Object>> answers() {
        List<Question> questions = questionnaire.questions();
        List<Arbitrary<Object>> perQuestion = questions.stream().map(this::answerOrBlank).toList();
        return Combinators.combine(perQuestion).as(values -> {
            Map<String, Object> answers = new LinkedHashMap<>();
            for (int i = 0; i < questions.size(); i++) {
                if (values.get(i) != Blank.OMITTED) {
                    answers.put(questions.get(i).id(), values.get(i));
                }
            }
            answers.keySet().removeIf(id -> !isAsked(questionnaire.question(id).orElseThrow(), answers));
            return answers;
        });
    }

    /** Whether the question is asked, given the answers (its showIf holds, all the way up). */
    boolean isAsked(Question question, Map<String, Object> answers) {
        ShowIf condition = question.showIf();
        if (condition == null) {
            return true;
        }
        Question earlier = questionnaire.question(condition.question()).orElseThrow();
        Object answer = answers.get(earlier.id());
        if (answer == null || !isAsked(earlier, answers)) {
            return false;
        }
        Set<String> chosen = new LinkedHashSet<>();
        if (answer instanceof String choice) {
            chosen.add(choice);
        } else if (answer instanceof Boolean yes) {
            chosen.add(yes ? "yes" : "no");
        } else if (answer instanceof List<?> choices) {
            choices.forEach(choice -> chosen.add(String.valueOf(choice)));
        }
        return chosen.stream().anyMatch(condition.oneOf()::contains);
    }

    Arbitrary<Object> validAnswer(Question question) {
        return switch (question.type()) {
            case YES_NO -> Arbitraries.of(true, false, "yes", "no");
            case SINGLE_CHOICE -> Arbitraries.of(optionIds(question.options()));
            case MULTIPLE_CHOICE -> multipleChoice(question);
            case NUMBER -> number(question);
            case TEXT -> texts(1, Math.min(MAX_GENERATED_TEXT, question.maximumLength())).map(Object.class::cast);
        };
    }

    private Arbitrary<Object> answerOrBlank(Question question) {
        List<Object> blanks = new ArrayList<>(Arrays.asList(Blank.OMITTED, null, ""));
        if (question.type() == app.commerceadvisor.questionnaire.AnswerType.MULTIPLE_CHOICE) {
            blanks.add(List.of());
        }
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.of(blanks)),
                net.jqwik.api.Tuple.of(4, validAnswer(question)));
    }

    private static Arbitrary<Object> multipleChoice(Question question) {
        List<String> combinable = question.options().stream().filter(option -> !option.exclusive()).map(AnswerOption::id).toList();
        List<String> exclusive = question.options().stream().filter(AnswerOption::exclusive).map(AnswerOption::id).toList();
        Arbitrary<Object> several = Arbitraries.subsetOf(combinable).ofMinSize(1)
                .map(chosen -> (Object) combinable.stream().filter(chosen::contains).toList());
        return exclusive.isEmpty() ? several
                : Arbitraries.oneOf(several, Arbitraries.of(exclusive).map(choice -> (Object) List.of(choice)));
    }

    private static Arbitrary<Object> number(Question question) {
        long min = (long) Math.ceil(question.minimum());
        long max = question.max() == null ? 100_000 : (long) Math.floor(question.max());
        Arbitrary<Object> whole = Arbitraries.longs().between(min, max).map(Object.class::cast);
        Arbitrary<Object> decimal = Arbitraries.longs().between(min * 100, max * 100).map(cents -> (Object) (cents / 100.0));
        return Arbitraries.oneOf(whole, decimal);
    }

    /** Texts of any Unicode scalar values: ASCII, CJK, emoji, controls, unassigned planes. */
    static Arbitrary<String> texts(int minLength, int maxLength) {
        Arbitrary<Integer> codePoints = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.integers().between(0x20, 0x7e)),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0x4e00, 0x9fff)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0x1f300, 0x1faff)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0x0, 0x1f)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0x80, 0x10ffff)
                        .filter(codePoint -> codePoint < 0xd800 || codePoint > 0xdfff)));
        return codePoints.list().ofMinSize(minLength).ofMaxSize(maxLength)
                .map(points -> points.stream().collect(StringBuilder::new, StringBuilder::appendCodePoint,
                        StringBuilder::append).toString());
    }

    private static List<String> optionIds(List<AnswerOption> options) {
        return options.stream().map(AnswerOption::id).toList();
    }

    /** Marks a question left out of the answers altogether (as opposed to sent as null, "" or []). */
    enum Blank { OMITTED }
}
