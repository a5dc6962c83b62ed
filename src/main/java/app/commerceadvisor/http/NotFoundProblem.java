package app.commerceadvisor.http;

/** Something a request names does not exist; answered with 404. */
public class NotFoundProblem extends RuntimeException {

    private final transient ProblemText text;

    public NotFoundProblem(ProblemText text) {
        super(null, null, false, false);
        this.text = text;
    }

    /** The assessment a path names does not exist. */
    public static NotFoundProblem assessment(String id) {
        return new NotFoundProblem(m -> m.noAssessment(id));
    }

    public ProblemText text() {
        return text;
    }

    @Override
    public String getMessage() {
        return text.english();
    }
}
