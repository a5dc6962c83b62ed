package app.commerceadvisor.pitfall;

import app.commerceadvisor.knowledge.KnowledgeBase;
import app.commerceadvisor.knowledge.LocalizedText;
import app.commerceadvisor.knowledge.Source;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a finding comes from, in one language: the document's file and title, the section as the
 * document heads it and that heading translated, and a short quote of the passage in the document's own
 * language so that a reader can verify it.
 */
@Schema(name = "SourceView")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SourceView(
        @Schema(description = "The document's file name, as the knowledge base cites it")
        String document,
        @Schema(description = "The section as the document heads it, in the document's language")
        String section,
        @Schema(description = "The document's title in the report's language; absent in reports made before "
                + "findings showed titles")
        String title,
        @Schema(description = "The section's heading in the report's language; absent in reports made before "
                + "sources were translated")
        String sectionTitle,
        @Schema(description = "A short passage of the section, quoted in the document's own language; absent in "
                + "reports made before sources were quoted")
        String quote) {

    /** A source of a report made before findings showed titles. */
    public static SourceView untitled(Source source) {
        return new SourceView(source.document(), source.section(), null, null, null);
    }

    /** The source with its document's title and its heading in {@code language}. */
    public static SourceView of(Source source, KnowledgeBase knowledgeBase, String language) {
        String title = knowledgeBase.document(source.document())
                .map(document -> document.title().in(language))
                .orElseThrow(() -> new IllegalStateException("a source cites document '" + source.document()
                        + "', which documents.yaml lacks"));
        LocalizedText heading = source.sectionTitle();
        return new SourceView(source.document(), source.section(), title,
                heading == null ? null : heading.in(language), source.quote());
    }
}
