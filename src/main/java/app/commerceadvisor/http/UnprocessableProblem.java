package app.commerceadvisor.http;

import java.util.List;

/**
 * The request is understood, but what it points to cannot be used: content with problems (each as
 * {@code file:line: message}) or stored answers that no longer fit; answered with 422.
 */
public class UnprocessableProblem extends RuntimeException {

    private final transient ProblemText detail;
    private final transient List<FieldProblem> errors;
    private final transient List<String> problems;

    private UnprocessableProblem(ProblemText detail, List<FieldProblem> errors, List<String> problems) {
        this.detail = detail;
        this.errors = List.copyOf(errors);
        this.problems = List.copyOf(problems);
    }

    /**
     * Trainers' content that cannot be used, with each of its problems as {@code file:line: message}
     * (in English, the trainers' language, whatever the language of the request).
     */
    public static UnprocessableProblem ofContent(ProblemText detail, List<String> problems) {
        return new UnprocessableProblem(detail, List.of(), problems);
    }

    /** Fields (of a request or of stored data) that do not fit, each named in the API's words. */
    public static UnprocessableProblem ofFields(ProblemText detail, List<FieldProblem> errors) {
        return new UnprocessableProblem(detail, errors, List.of());
    }

    /**
     * A stored assessment whose answers the active version's questionnaire no longer takes, for every call
     * that evaluates stored answers again (re-evaluation, follow-up, what-if).
     */
    public static UnprocessableProblem storedAnswersNoLongerFit(String activeVersion, List<FieldProblem> errors) {
        return ofFields(m -> m.storedAnswersNoLongerFit(activeVersion), errors);
    }

    public ProblemText detail() {
        return detail;
    }

    public List<FieldProblem> errors() {
        return errors;
    }

    public List<String> problems() {
        return problems;
    }

    @Override
    public String getMessage() {
        return detail.english();
    }
}
