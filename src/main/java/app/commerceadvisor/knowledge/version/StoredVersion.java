package app.commerceadvisor.knowledge.version;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A version of the content that was active, as listed: without its files. */
@Schema(name = "KnowledgeBaseVersion")
public record StoredVersion(
        @Schema(description = "SHA-256 of the files under rules/ and knowledge-base/, as assessments name it",
                example = "sha256:2c61641b…")
        String version,
        @Schema(description = "When this version first became active")
        Instant firstActivatedAt,
        @Schema(description = "When this version last became active (again)")
        Instant lastActivatedAt,
        @Schema(description = "Rules compiled")
        int rules,
        @Schema(description = "Questions in the questionnaire")
        int questions,
        @Schema(description = "Pitfalls in the catalogue")
        int pitfalls,
        @Schema(description = "Whether the service answers with this version now")
        boolean active) {

    StoredVersion asActive(boolean active) {
        return new StoredVersion(version, firstActivatedAt, lastActivatedAt, rules, questions, pitfalls, active);
    }
}
