package app.commerceadvisor.http;

/** An HTTP status as a message of {@link ProblemMessages} names it: its code and its English reason phrase. */
public record HttpStatus(int code, String reason) {
}
