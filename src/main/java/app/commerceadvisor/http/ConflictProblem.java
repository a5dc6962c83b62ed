package app.commerceadvisor.http;

/** The request collides with another that changed the same resource meanwhile; answered with 409. */
public class ConflictProblem extends RuntimeException {

    private final transient ProblemText text;

    public ConflictProblem(ProblemText text) {
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
