package app.commerceadvisor.http;

/**
 * The text of an error, not yet worded: which message of {@link ProblemMessages} and its arguments, e.g.
 * {@code m -> m.unknownQuestion(id)}. It is worded when the answer is written, in the language of the
 * request; {@link #english()} words it in English, for logs and the trainers' check command.
 */
@FunctionalInterface
public interface ProblemText {

    String in(ProblemMessages messages);

    default String english() {
        return in(ProblemLanguage.messages(ProblemLanguage.ENGLISH));
    }
}
