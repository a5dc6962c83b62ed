package app.commerceadvisor.http;

import java.util.List;

/** A request the service cannot accept; answered with 400 and every field error found. */
public class InvalidInputException extends RuntimeException {

    private final transient List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(errors.size() + " invalid field(s)");
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
