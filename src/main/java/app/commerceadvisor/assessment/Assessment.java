package app.commerceadvisor.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A submitted questionnaire and the findings it got. The report is kept as the exact JSON document it
 * was answered with; assessments stored before that (report null) are read from the answers and the
 * findings' texts.
 */
@Entity
@Table(name = "assessment")
public class Assessment extends PanacheEntityBase {

    @Id
    public UUID id;

    /** At most 200 characters, which take up to 400 UTF-16 units. */
    @Column(nullable = false, length = 400)
    public String participant;

    @Column(nullable = false, length = 16)
    public String language;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "knowledge_base_version", nullable = false, length = 80)
    public String knowledgeBaseVersion;

    /** The account that submitted it; null for assessments made before accounts existed. */
    @Column(name = "owner_id")
    public UUID ownerId;

    /** The cohort its participant was in when it was submitted; null outside any cohort. */
    @Column(name = "cohort_id")
    public UUID cohortId;

    /** 1 when made; one more each time the answers are changed. Earlier revisions are {@link AssessmentRevision}s. */
    @Column(nullable = false)
    public int revision = 1;

    /** When the latest revision was made; null while the assessment is at revision 1. */
    @Column(name = "revised_at")
    public Instant revisedAt;

    /** The report as it was answered: the JSON of {@link AssessmentView}, in UTF-8. */
    @JdbcTypeCode(SqlTypes.VARBINARY)
    @Column(length = 16_000_000)
    public byte[] report;

    /** Only for assessments stored without a report. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, JsonNode> answers;

    /** Only for assessments stored without a report. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> unanswered;

    @OneToMany(mappedBy = "assessment", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Finding> findings = new ArrayList<>();

    /** An assessment to store, with its report and a row for each finding. */
    static Assessment of(AssessmentView view, byte[] report, UUID ownerId, UUID cohortId) {
        Assessment assessment = new Assessment();
        assessment.id = view.id();
        assessment.participant = view.participant();
        assessment.language = view.language();
        assessment.createdAt = view.createdAt();
        assessment.knowledgeBaseVersion = view.knowledgeBaseVersion();
        assessment.report = report;
        assessment.ownerId = ownerId;
        assessment.cohortId = cohortId;
        for (AssessmentView.FindingView finding : view.findings()) {
            Finding row = new Finding();
            row.id = finding.id();
            row.assessment = assessment;
            row.position = assessment.findings.size();
            row.rule = finding.rule();
            row.pitfall = finding.pitfall();
            row.severity = finding.severity();
            assessment.findings.add(row);
        }
        return assessment;
    }
}
