package app.commerceadvisor.assessment;

import app.commerceadvisor.knowledge.Source;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One diagnosis of an assessment: which rule found which pitfall, how severe, in what place of the
 * report, for queries over many assessments. Its texts and lists are in the assessment's report; the
 * columns for them are filled only for assessments stored before reports were kept whole.
 */
@Entity
@Table(name = "finding")
public class Finding extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assessment_id")
    public Assessment assessment;

    @Column(nullable = false)
    public int position;

    @Column(name = "rule_name", nullable = false, length = 500)
    public String rule;

    @Column(nullable = false, length = 200)
    public String pitfall;

    @Column(nullable = false, length = 16)
    public String severity;

    @Column(length = 1000)
    public String title;

    @Column(length = 8000)
    public String explanation;

    @Column(length = 8000)
    public String recommendation;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Evidence> evidence;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> conclusions;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<ThresholdValue> thresholds;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Source> sources;
}
