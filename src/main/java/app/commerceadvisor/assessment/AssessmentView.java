package app.commerceadvisor.assessment;

import app.commerceadvisor.knowledge.Source;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An assessment as the API returns it, both when it is made and when it is read back. */
public record AssessmentView(
        UUID id,
        String participant,
        String language,
        Instant createdAt,
        String knowledgeBaseVersion,
        Map<String, JsonNode> answers,
        List<FindingView> findings,
        List<String> unanswered) {

    public record FindingView(
            UUID id,
            String rule,
            String pitfall,
            String severity,
            String title,
            String explanation,
            String recommendation,
            List<Evidence> evidence,
            List<String> conclusions,
            List<ThresholdValue> thresholds,
            List<Source> sources) {
    }

    /** The view of an assessment stored before reports were kept whole, from its answers and findings' texts. */
    static AssessmentView of(Assessment assessment) {
        return new AssessmentView(
                assessment.id,
                assessment.participant,
                assessment.language,
                assessment.createdAt,
                assessment.knowledgeBaseVersion,
                assessment.answers,
                assessment.findings.stream()
                        .map(finding -> new FindingView(finding.id, finding.rule, finding.pitfall, finding.severity,
                                finding.title, finding.explanation, finding.recommendation, finding.evidence,
                                finding.conclusions, finding.thresholds == null ? List.of() : finding.thresholds,
                                finding.sources))
                        .toList(),
                assessment.unanswered);
    }
}
