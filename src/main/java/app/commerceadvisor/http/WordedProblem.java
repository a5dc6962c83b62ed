package app.commerceadvisor.http;

/**
 * A problem the service answers with a fixed status and a text worded in the request's language when the
 * answer is written ({@link ProblemMappers}); in English for logs. No stack trace is taken: these are
 * answers, not faults.
 */
public abstract class WordedProblem extends RuntimeException {

    private final transient ProblemText text;

    protected WordedProblem(ProblemText text) {
        super(null, null, false, false);
        this.text = text;
    }

    public ProblemText text() {
        return text;
    }

    @Override
    public String getMessage() {
        return text.english();
    }
}
