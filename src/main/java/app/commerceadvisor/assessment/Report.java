package app.commerceadvisor.assessment;

import java.util.UUID;

/**
 * An assessment's report as the API answers it: the JSON of {@link AssessmentView} in UTF-8, written once
 * when the assessment is made and served from storage as the same bytes ever after.
 */
public record Report(UUID id, byte[] json) {
}
