package app.commerceadvisor.replay;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A stored assessment whose answers the candidate's questionnaire no longer takes, and why. */
@Schema(name = "NotReplayed")
public record NotReplayed(
        UUID assessment,
        @Schema(description = "Each stored answer that does not fit, in the API's words",
                example = "answers.products: unknown question id 'products'")
        String reason) {
}
