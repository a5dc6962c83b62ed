package app.commerceadvisor.http;

/** The request collides with another that changed the same resource meanwhile; answered with 409. */
public class ConflictProblem extends WordedProblem {

    public ConflictProblem(ProblemText text) {
        super(text);
    }
}
