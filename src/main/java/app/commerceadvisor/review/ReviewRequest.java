package app.commerceadvisor.review;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A coach's judgement of a finding; for the summary note only {@code note}. */
@Schema(name = "ReviewRequest")
public record ReviewRequest(
        @Schema(enumeration = { "agree", "disagree", "unsure" }, description = "Required for a finding; not taken for the summary")
        String verdict,
        @Schema(description = "At most 2,000 characters; required for the summary") String note) {
}
