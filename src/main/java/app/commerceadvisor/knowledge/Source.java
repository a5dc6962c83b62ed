package app.commerceadvisor.knowledge;

/** Where a piece of advice comes from: a source document (by file name) and its section. */
public record Source(String document, String section) {
}
