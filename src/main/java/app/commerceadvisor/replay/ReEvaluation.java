package app.commerceadvisor.replay;

import app.commerceadvisor.assessment.AssessmentView.FindingView;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A stored assessment evaluated again with the active version, compared with its stored report. */
@Schema(name = "ReEvaluation")
public record ReEvaluation(
        UUID assessment,
        @Schema(description = "Version the stored report was made with")
        String storedVersion,
        @Schema(description = "Version it was evaluated with now: the active one")
        String activeVersion,
        @Schema(description = "True when the same pitfalls are found with the same severities and evidence")
        boolean unchanged,
        @Schema(description = "Findings of pitfalls the stored report does not have")
        List<FindingView> gained,
        @Schema(description = "Findings of the stored report whose pitfall is not found any more")
        List<FindingView> lost,
        @Schema(description = "Pitfalls found both times with another severity or other evidence")
        List<ChangedFinding> changed,
        @Schema(description = "Every finding with the active version, as a new assessment would get them; not stored")
        List<FindingView> findings) {
}
