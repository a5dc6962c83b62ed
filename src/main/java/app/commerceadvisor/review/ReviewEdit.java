package app.commerceadvisor.review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** What a review said before one of its edits, and since when it had said it. */
@Entity
@Table(name = "review_edit")
@IdClass(ReviewEdit.Key.class)
public class ReviewEdit extends PanacheEntityBase {

    @Id
    @Column(name = "review_id")
    public UUID reviewId;

    @Id
    @Column(name = "edited_at")
    public Instant editedAt;

    @Column(length = 16)
    public String verdict;

    @Column(length = 4000)
    public String note;

    @Column(name = "said_at", nullable = false)
    public Instant saidAt;

    /** The identity of an edit. */
    public record Key(UUID reviewId, Instant editedAt) implements Serializable {
    }
}
