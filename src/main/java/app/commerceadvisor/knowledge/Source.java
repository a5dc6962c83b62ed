package app.commerceadvisor.knowledge;

/**
 * Where a piece of advice comes from: a source document (by file name), its section as the document
 * heads it, that heading in each language the questionnaire serves, and a short quote of the passage in
 * the document's own language, so that a reader can find and verify it.
 */
public record Source(String document, String section, LocalizedText sectionTitle, String quote) {
}
