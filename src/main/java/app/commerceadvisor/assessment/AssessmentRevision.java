package app.commerceadvisor.assessment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An earlier revision of an assessment, kept when its answers were changed: the report exactly as it was
 * answered then. The assessment itself holds the latest revision.
 */
@Entity
@Table(name = "assessment_revision")
@IdClass(AssessmentRevision.Key.class)
public class AssessmentRevision extends PanacheEntityBase {

    @Id
    @Column(name = "assessment_id")
    public UUID assessmentId;

    @Id
    public int revision;

    /** When this revision was made. */
    @Column(name = "made_at", nullable = false)
    public Instant madeAt;

    @Column(name = "knowledge_base_version", nullable = false, length = 80)
    public String knowledgeBaseVersion;

    /** The report of this revision: the JSON of {@link AssessmentView}, in UTF-8. */
    @JdbcTypeCode(SqlTypes.VARBINARY)
    @Column(nullable = false, length = 16_000_000)
    public byte[] report;

    /** The identity of a revision: the assessment and the revision's number. */
    public record Key(UUID assessmentId, int revision) implements Serializable {
    }
}
