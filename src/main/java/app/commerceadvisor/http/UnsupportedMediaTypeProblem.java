package app.commerceadvisor.http;

/** A request body sent in a form the API does not read; answered with 415 naming the Content-Type header. */
public class UnsupportedMediaTypeProblem extends WordedProblem {

    public UnsupportedMediaTypeProblem(ProblemText text) {
        super(text);
    }
}
