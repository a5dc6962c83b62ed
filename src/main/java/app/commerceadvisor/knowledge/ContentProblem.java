package app.commerceadvisor.knowledge;

/**
 * One thing wrong in a trainer's file (a rule or a knowledge-base file), reported as
 * {@code file:line: message}; line 0 when no single line is to blame.
 */
public record ContentProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
