package app.commerceadvisor.http;

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

    /** The error every 413 answer carries, wherever the size was found to be too large. */
    static FieldError fieldError(long limit) {
        return new FieldError("body", "larger than the limit of " + limit + " bytes");
    }
}
