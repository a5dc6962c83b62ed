package app.commerceadvisor.knowledge;

/** A document the knowledge base is derived from, listed in {@code knowledge-base/documents.yaml}. */
public record SourceDocument(String file, String language, LocalizedText title) {
}
