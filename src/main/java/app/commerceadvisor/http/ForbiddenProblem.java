package app.commerceadvisor.http;

/** The caller is known but may not do this; answered with 403. */
public class ForbiddenProblem extends RuntimeException {

    private final transient ProblemText text;

    public ForbiddenProblem(ProblemText text) {
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
