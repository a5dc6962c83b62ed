package app.commerceadvisor.http;

/** The service is at its limit of work done at once; answered with 503 and Retry-After, nothing stored. */
public class ServiceBusyProblem extends RuntimeException {

    private final long retryAfterSeconds;

    public ServiceBusyProblem(String message, long retryAfterSeconds) {
        super(message, null, false, false);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
