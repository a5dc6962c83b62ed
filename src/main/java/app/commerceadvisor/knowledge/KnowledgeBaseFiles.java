package app.commerceadvisor.knowledge;

import app.commerceadvisor.pitfall.Pitfall;
import app.commerceadvisor.pitfall.RecommendationConflict;
import java.util.List;

/** The shapes of the knowledge-base files that hold a list under one key. */
final class KnowledgeBaseFiles {

    private KnowledgeBaseFiles() {
    }

    /** {@code thresholds.yaml}. */
    record ThresholdsFile(List<ThresholdDefinition> thresholds) {
        ThresholdsFile {
            thresholds = thresholds == null ? List.of() : List.copyOf(thresholds);
        }
    }

    /** A file of {@code pitfalls/}. */
    record PitfallsFile(List<Pitfall> pitfalls) {
        PitfallsFile {
            pitfalls = pitfalls == null ? List.of() : List.copyOf(pitfalls);
        }
    }

    /** {@code conflicts.yaml}. */
    record ConflictsFile(List<RecommendationConflict> conflicts) {
        ConflictsFile {
            conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
        }
    }

    /** {@code documents.yaml}. */
    record DocumentsFile(List<SourceDocument> documents) {
        DocumentsFile {
            documents = documents == null ? List.of() : List.copyOf(documents);
        }
    }
}
