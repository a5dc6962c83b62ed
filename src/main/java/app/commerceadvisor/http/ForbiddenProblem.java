package app.commerceadvisor.http;

/** The caller is known but may not do this; answered with 403. */
public class ForbiddenProblem extends WordedProblem {

    public ForbiddenProblem(ProblemText text) {
        super(text);
    }
}
