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

/** A submitted questionnaire and the findings it got, stored as they were returned. */
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

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, JsonNode> answers;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> unanswered;

    @OneToMany(mappedBy = "assessment", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Finding> findings = new ArrayList<>();

    void addFinding(Finding finding) {
        finding.assessment = this;
        finding.position = findings.size();
        findings.add(finding);
    }
}
