package app.commerceadvisor.engine;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A merchant's answer to one question, as rules see it. Only answered questions become facts, so a
 * rule can never mistake a skipped question for "no".
 *
 * <p>Rules match on the field that fits the question's type:
 * <pre>
 * Answer(question == "content-lead", choice == "no")                 // yes/no and single choice
 * Answer(question == "order-channels", choices contains "paid-ads")  // multiple choice
 * Answer(question == "monthly-orders", number &gt;= 100)               // number
 * Answer(question == "notes", text != null)                          // free text
 * </pre>
 */
public final class Answer {

    private final String question;
    private final String choice;
    private final Set<String> choices;
    private final Double number;
    private final String text;

    private Answer(String question, String choice, Set<String> choices, Double number, String text) {
        this.question = Objects.requireNonNull(question, "question");
        this.choice = choice;
        this.choices = choices;
        this.number = number;
        this.text = text;
    }

    /** A yes/no answer; rules see {@code choice == "yes"} or {@code choice == "no"}. */
    public static Answer yesNo(String question, boolean yes) {
        return new Answer(question, yes ? "yes" : "no", Set.of(), null, null);
    }

    public static Answer singleChoice(String question, String option) {
        return new Answer(question, Objects.requireNonNull(option, "option"), Set.of(), null, null);
    }

    public static Answer multipleChoice(String question, Set<String> options) {
        return new Answer(question, null, Collections.unmodifiableSet(new LinkedHashSet<>(options)), null, null);
    }

    public static Answer number(String question, double value) {
        return new Answer(question, null, Set.of(), value, null);
    }

    public static Answer text(String question, String value) {
        return new Answer(question, null, Set.of(), null, Objects.requireNonNull(value, "value"));
    }

    public String getQuestion() {
        return question;
    }

    /** The chosen option of a yes/no or single-choice question, otherwise {@code null}. */
    public String getChoice() {
        return choice;
    }

    /** The chosen options of a multiple-choice question, otherwise empty. */
    public Set<String> getChoices() {
        return choices;
    }

    /** The value of a number question, otherwise {@code null}. */
    public Double getNumber() {
        return number;
    }

    /** The value of a free-text question, otherwise {@code null}. */
    public String getText() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Answer that
                && question.equals(that.question)
                && Objects.equals(choice, that.choice)
                && choices.equals(that.choices)
                && Objects.equals(number, that.number)
                && Objects.equals(text, that.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(question, choice, choices, number, text);
    }

    @Override
    public String toString() {
        return "Answer(" + question + ")";
    }
}
