package app.commerceadvisor.engine;

/** One thing wrong in a rule file, reported to trainers as {@code file:line: message}. */
public record RuleProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
