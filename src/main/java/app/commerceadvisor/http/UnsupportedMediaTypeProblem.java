package app.commerceadvisor.http;

/** A request body sent in a form the API does not read; answered with 415 naming the Content-Type header. */
public class UnsupportedMediaTypeProblem extends RuntimeException {

    public UnsupportedMediaTypeProblem(String message) {
        super(message, null, false, false);
    }
}
