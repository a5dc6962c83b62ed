package app.commerceadvisor.http;

import java.util.List;

/**
 * The request is understood, but what it points to cannot be used: content with problems (each as
 * {@code file:line: message}) or stored answers that no longer fit; answered with 422.
 */
public class UnprocessableProblem extends RuntimeException {

    private final transient List<FieldError> errors;
    private final transient List<String> problems;

    private UnprocessableProblem(String detail, List<FieldError> errors, List<String> problems) {
        super(detail);
        this.errors = List.copyOf(errors);
        this.problems = List.copyOf(problems);
    }

    /** Trainers' content that cannot be used, with each of its problems as {@code file:line: message}. */
    public static UnprocessableProblem ofContent(String detail, List<String> problems) {
        return new UnprocessableProblem(detail, List.of(), problems);
    }

    /** Fields (of a request or of stored data) that do not fit, each named in the API's words. */
    public static UnprocessableProblem ofFields(String detail, List<FieldError> errors) {
        return new UnprocessableProblem(detail, errors, List.of());
    }

    /**
     * A stored assessment whose answers the active version's questionnaire no longer takes, for every call
     * that evaluates stored answers again (re-evaluation, follow-up, what-if).
     */
    public static UnprocessableProblem storedAnswersNoLongerFit(String activeVersion, List<FieldError> errors) {
        return ofFields("The stored answers no longer fit the questionnaire of the active version " + activeVersion
                + "; nothing was changed", errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    public List<String> problems() {
        return problems;
    }
}
