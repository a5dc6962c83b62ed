package app.commerceadvisor.review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A coach's judgement of one finding (agree, disagree or unsure, with a note), or their summary note on a
 * whole assessment ({@link #SUMMARY}, no verdict). One per coach and target; edits keep what it said
 * before as {@link ReviewEdit}s.
 */
@Entity
@Table(name = "review")
public class Review extends PanacheEntityBase {

    public static final String SUMMARY = "summary";

    @Id
    public UUID id;

    @Column(name = "assessment_id", nullable = false)
    public UUID assessmentId;

    /** The revision of the assessment the review was written on (last edited on). */
    @Column(nullable = false)
    public int revision;

    /** The finding's id, or {@link #SUMMARY}. */
    @Column(nullable = false, length = 64)
    public String target;

    @Column(length = 200)
    public String pitfall;

    @Column(name = "rule_name", length = 500)
    public String rule;

    /** agree, disagree or unsure; null for a summary note. */
    @Column(length = 16)
    public String verdict;

    @Column(length = 4000)
    public String note;

    @Column(name = "author_id", nullable = false)
    public UUID authorId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
