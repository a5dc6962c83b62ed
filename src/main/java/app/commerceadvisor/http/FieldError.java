package app.commerceadvisor.http;

/** What is wrong with one field of a request, e.g. {@code answers.content-lead}: "expected yes or no". */
public record FieldError(String field, String message) {
}
