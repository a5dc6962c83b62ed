package app.commerceadvisor.http;

/** The service is at its limit of work done at once; answered with 503 and Retry-After, nothing stored. */
public class ServiceBusyProblem extends RuntimeException {

    private final transient ProblemText text;
    private final long retryAfterSeconds;

    public ServiceBusyProblem(ProblemText text, long retryAfterSeconds) {
        super(null, null, false, false);
        this.text = text;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public ProblemText text() {
        return text;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    @Override
    public String getMessage() {
        return text.english();
    }
}
