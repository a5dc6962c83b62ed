package app.commerceadvisor.http;

/** Something a request names does not exist; answered with 404. */
public class NotFoundProblem extends RuntimeException {

    public NotFoundProblem(String message) {
        super(message);
    }
}
