package app.commerceadvisor.assessment;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One revision of an assessment as listed: its number, when and with which version it was made, where to read it. */
@Schema(name = "Revision")
public record RevisionView(
        int revision,
        @Schema(description = "When this revision was made: the assessment's createdAt for revision 1")
        Instant madeAt,
        String knowledgeBaseVersion,
        @Schema(description = "Path of this revision's report")
        String path) {
}
