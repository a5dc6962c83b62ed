package app.commerceadvisor.http;

import java.util.List;

/** A request body over the configured limit; answered with 413. */
public class PayloadTooLargeException extends RuntimeException {

    private final long limit;

    public PayloadTooLargeException(long limit) {
        super("request body larger than " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }

    /** The 413 answer, the same wherever the size was found to be too large, in the request's language. */
    static Problem problem(String instance, long limit, ProblemMessages messages) {
        return new Problem("about:blank", "Request Entity Too Large", 413, messages.bodyTooLarge(), instance,
                List.of(new FieldError("body", messages.largerThanLimit(limit))));
    }
}
