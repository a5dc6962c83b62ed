package app.commerceadvisor.cohort;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;

/** An account in a cohort, as a participant or as a coach. */
@Entity
@Table(name = "cohort_member")
@IdClass(CohortMember.Key.class)
public class CohortMember extends PanacheEntityBase {

    @Id
    @Column(name = "cohort_id")
    public UUID cohortId;

    @Id
    @Column(name = "account_id")
    public UUID accountId;

    /** participant or coach. */
    @Column(nullable = false, length = 16)
    public String role;

    /** The identity of a membership. */
    public record Key(UUID cohortId, UUID accountId) implements Serializable {
    }
}
