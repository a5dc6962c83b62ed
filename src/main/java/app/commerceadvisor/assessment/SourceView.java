package app.commerceadvisor.assessment;

import app.commerceadvisor.knowledge.Source;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a finding comes from: the document's file and section, and its title in the report's language. */
@Schema(name = "SourceView")
public record SourceView(
        @Schema(description = "The document's file name, as the knowledge base cites it")
        String document,
        String section,
        @Schema(description = "The document's title in the report's language; absent in reports made before "
                + "findings showed titles")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        String title) {

    /** A source of a report made before findings showed titles. */
    static SourceView untitled(Source source) {
        return new SourceView(source.document(), source.section(), null);
    }
}
