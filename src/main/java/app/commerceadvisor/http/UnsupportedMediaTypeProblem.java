package app.commerceadvisor.http;

/** A request body sent in a form the API does not read; answered with 415 naming the Content-Type header. */
public class UnsupportedMediaTypeProblem extends RuntimeException {

    private final transient ProblemText text;

    public UnsupportedMediaTypeProblem(ProblemText text) {
        super(null, null, false, false);
        this.text = text;
    }

    /** What is wrong with the Content-Type header. */
    public ProblemText text() {
        return text;
    }

    @Override
    public String getMessage() {
        return text.english();
    }
}
