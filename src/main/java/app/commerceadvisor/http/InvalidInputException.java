package app.commerceadvisor.http;

import java.util.List;

/** A request the service cannot accept; answered with 400 and every field error found. */
public class InvalidInputException extends RuntimeException {

    private final transient List<FieldProblem> errors;

    public InvalidInputException(List<FieldProblem> errors) {
        super(errors.size() + " invalid field(s)");
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String field, ProblemText text) {
        this(List.of(new FieldProblem(field, text)));
    }

    public List<FieldProblem> errors() {
        return errors;
    }
}
