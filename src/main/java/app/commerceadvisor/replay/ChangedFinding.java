package app.commerceadvisor.replay;

import app.commerceadvisor.assessment.Evidence;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A pitfall found both times, with a different severity or resting on different answers. */
@Schema(name = "ChangedFinding")
public record ChangedFinding(
        @Schema(description = "The pitfall id", example = "missing-content-talent")
        String pitfall,
        @Schema(description = "What changed: severity, evidence or both")
        List<String> changes,
        @Schema(description = "Severity in the stored report")
        String severityBefore,
        @Schema(description = "Severity with the active version")
        String severityAfter,
        @Schema(description = "The answers the pitfall rested on in the stored report")
        List<Evidence> evidenceBefore,
        @Schema(description = "The answers it rests on with the active version")
        List<Evidence> evidenceAfter) {
}
