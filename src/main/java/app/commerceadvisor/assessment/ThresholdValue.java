package app.commerceadvisor.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A threshold a finding compared answers with, as it was set when the assessment was made, with what it
 * means in the report's language (each says it is the product's rule of thumb, not the documents' figure).
 */
@Schema(name = "ThresholdValue")
public record ThresholdValue(
        String name,
        double value,
        @Schema(description = "The unit of the value, e.g. percent; absent in reports made before thresholds were explained")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        String unit,
        @Schema(description = "What the threshold means and where the value comes from, in the report's language; "
                + "absent in reports made before thresholds were explained")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        String description) {

    /** A threshold of a report made before thresholds were explained. */
    public ThresholdValue(String name, double value) {
        this(name, value, null, null);
    }
}
