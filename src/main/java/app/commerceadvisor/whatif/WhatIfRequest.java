package app.commerceadvisor.whatif;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Answers to change in a stored assessment, keyed by question id; null (or "" or []) leaves a question blank. */
@Schema(name = "WhatIfRequest")
public record WhatIfRequest(
        @Schema(description = "The answers to change, keyed by question id, as in an assessment; null blanks one",
                implementation = Map.class)
        Map<String, JsonNode> answers) {
}
