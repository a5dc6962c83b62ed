package app.commerceadvisor.http;

/** The service is at its limit of work done at once; answered with 503 and Retry-After, nothing stored. */
public class ServiceBusyProblem extends WordedProblem {

    private final long retryAfterSeconds;

    public ServiceBusyProblem(ProblemText text, long retryAfterSeconds) {
        super(text);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
