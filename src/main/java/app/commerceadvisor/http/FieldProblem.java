package app.commerceadvisor.http;

/**
 * What is wrong with one field of a request, not yet worded; it becomes a {@link FieldError} in the
 * language of the request. The field is named in the API's words in every language.
 */
public record FieldProblem(String field, ProblemText text) {

    public FieldError in(ProblemMessages messages) {
        return new FieldError(field, text.in(messages));
    }

    /** The message in English, for logs and the trainers' check command. */
    public String english() {
        return text.english();
    }
}
