package app.commerceadvisor.whatif;

import app.commerceadvisor.assessment.AssessmentView.FindingView;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the findings of a stored assessment would be with some answers changed, on the active version:
 * the findings that would appear, disappear or change, and how the order of priority would move.
 * Nothing is stored.
 */
@Schema(name = "WhatIf")
public record WhatIf(
        UUID assessment,
        String knowledgeBaseVersion,
        @Schema(description = "Findings the changed answers would add")
        List<FindingView> appear,
        @Schema(description = "Findings the changed answers would remove")
        List<FindingView> disappear,
        @Schema(description = "Findings both times whose urgency, severity, evidence or recommendation would change")
        List<Change> change,
        @Schema(description = "Each finding's place in the order of priority before and after (1 = first; "
                + "absent when it is not found)")
        List<Move> priorities,
        @Schema(description = "Every finding with the changed answers, in the order of priority")
        List<FindingView> findings) {

    /** A finding found both times, and what about it would change. */
    @Schema(name = "WhatIfChange")
    public record Change(String pitfall, String title, List<String> changes) {
    }

    /** A finding's place in the order before and after. */
    @Schema(name = "WhatIfMove")
    public record Move(String pitfall, String title, Integer before, Integer after) {
    }
}
