package app.commerceadvisor.cohort;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A course group: its participants and the coaches who review their assessments. */
@Entity
@Table(name = "cohort")
public class Cohort extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, length = 200, unique = true)
    public String name;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
