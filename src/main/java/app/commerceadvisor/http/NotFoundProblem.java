package app.commerceadvisor.http;

/** Something a request names does not exist; answered with 404. */
public class NotFoundProblem extends WordedProblem {

    public NotFoundProblem(ProblemText text) {
        super(text);
    }

    /** The assessment a path names does not exist. */
    public static NotFoundProblem assessment(String id) {
        return new NotFoundProblem(m -> m.noAssessment(id));
    }
}
