package app.commerceadvisor.assessment;

import app.commerceadvisor.pitfall.SourceView;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An assessment as the API returns it, both when it is made and when it is read back. */
public record AssessmentView(
        UUID id,
        String participant,
        String language,
        Instant createdAt,
        @Schema(description = "1 when made; one more each time its answers are changed (PATCH …/answers); absent in "
                + "reports made before revisions, which are revision 1")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        Integer revision,
        @Schema(description = "When this revision was made; absent for revision 1, made at createdAt")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        Instant revisedAt,
        @Schema(description = "The version of the rules and knowledge base this revision was evaluated with")
        String knowledgeBaseVersion,
        Map<String, JsonNode> answers,
        @Schema(description = "What to do first: summary, priorities, first step, strengths and what could not be "
                + "checked; absent in reports made before reports had a head")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        ReportHead head,
        List<FindingView> findings,
        List<String> unanswered) {

    /**
     * One pitfall found in the answers, once however many rules found it, in the report's order: the most
     * urgent first, and a finding right after the root cause it follows from. {@code rule}, {@code evidence},
     * {@code conclusions} and {@code thresholds} speak for all of them together (the first rule, every
     * answer, conclusion and threshold once); {@code rules} attributes each to the rule that found it.
     */
    @Schema(name = "FindingView")
    public record FindingView(
            UUID id,
            @Schema(description = "The first of the rules that found the pitfall (see rules for all of them)")
            String rule,
            String pitfall,
            String severity,
            @Schema(description = "The severity in the report's language; absent in reports made before findings "
                    + "showed it")
            @JsonInclude(JsonInclude.Include.NON_NULL)
            String severityLabel,
            @Schema(description = "How soon it needs attention: this-week, before-scaling or over-time; absent in "
                    + "reports made before findings showed it")
            @JsonInclude(JsonInclude.Include.NON_NULL)
            String urgency,
            @Schema(description = "The urgency in the report's language; absent in reports made before findings "
                    + "showed it")
            @JsonInclude(JsonInclude.Include.NON_NULL)
            String urgencyLabel,
            @Schema(description = "The pitfall this finding follows from, when that was found too: the finding is "
                    + "listed right after it")
            @JsonInclude(JsonInclude.Include.NON_NULL)
            String rootCause,
            String title,
            String explanation,
            @Schema(description = "What to do; reworded when it would contradict the advice of the finding named "
                    + "in recommendationYieldsTo")
            String recommendation,
            @Schema(description = "The finding whose advice prevails over this one's for this merchant; this "
                    + "finding's recommendation is then reworded so that the two do not contradict each other")
            @JsonInclude(JsonInclude.Include.NON_NULL)
            String recommendationYieldsTo,
            @Schema(description = "Every answer the pitfall was found on, each question once, over all its rules")
            List<Evidence> evidence,
            @Schema(description = "Every intermediate conclusion the rules matched, each once")
            List<String> conclusions,
            @Schema(description = "Every threshold the rules compared answers with, each once")
            List<ThresholdValue> thresholds,
            List<SourceView> sources,
            @Schema(description = "Each rule that found the pitfall with what it rested on, in the order of the "
                    + "rule files; one rule for reports made before findings were merged by pitfall")
            List<RuleEvidence> rules) {

        /** A finding of a report made before findings were merged by pitfall was found by its one rule. */
        public FindingView {
            if (rules == null) {
                rules = rule == null ? List.of() : List.of(new RuleEvidence(rule, null, evidence, conclusions, thresholds));
            }
        }

        /** The same finding under another id: the id it has in the stored report it is read again for. */
        FindingView withId(UUID otherId) {
            return new FindingView(otherId, rule, pitfall, severity, severityLabel, urgency, urgencyLabel, rootCause, title,
                    explanation, recommendation, recommendationYieldsTo, evidence, conclusions, thresholds, sources, rules);
        }
    }

    /** This report as revision {@code revision}, made at {@code revisedAt} (null for revision 1). */
    public AssessmentView asRevision(int revision, Instant revisedAt) {
        return new AssessmentView(id, participant, language, createdAt, revision, revisedAt, knowledgeBaseVersion, answers,
                head, findings, unanswered);
    }

    /**
     * This report read again as {@code stored}: the same revision, and each finding under the id it has
     * there (a finding the stored report lacks keeps its own).
     */
    AssessmentView readAgainAs(AssessmentView stored) {
        Map<String, UUID> ids = new java.util.HashMap<>();
        stored.findings().forEach(finding -> ids.put(finding.pitfall(), finding.id()));
        return new AssessmentView(id, participant, language, createdAt, stored.revision(), stored.revisedAt(),
                knowledgeBaseVersion, answers, head, findings.stream()
                .map(finding -> finding.withId(ids.getOrDefault(finding.pitfall(), finding.id()))).toList(), unanswered);
    }

    /** The view of an assessment stored before reports were kept whole, from its answers and findings' texts. */
    static AssessmentView of(Assessment assessment) {
        return new AssessmentView(
                assessment.id,
                assessment.participant,
                assessment.language,
                assessment.createdAt,
                assessment.revision,
                assessment.revisedAt,
                assessment.knowledgeBaseVersion,
                assessment.answers,
                null,
                assessment.findings.stream()
                        .map(finding -> new FindingView(finding.id, finding.rule, finding.pitfall, finding.severity, null,
                                null, null, null, finding.title, finding.explanation, finding.recommendation, null,
                                finding.evidence,
                                finding.conclusions, finding.thresholds == null ? List.of() : finding.thresholds,
                                finding.sources == null ? null
                                        : finding.sources.stream().map(SourceView::untitled).toList(),
                                null))
                        .toList(),
                assessment.unanswered);
    }
}
