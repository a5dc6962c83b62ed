package app.commerceadvisor.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Someone who signs in. Quarkus checks the password against {@link #password}, a bcrypt hash in modular
 * crypt form; the password itself is never stored, logged or returned.
 */
@Entity
@Table(name = "account")
@UserDefinition
public class Account extends PanacheEntityBase {

    @Id
    public UUID id;

    @Username
    @Column(nullable = false, length = 100, unique = true)
    public String username;

    @Password
    @Column(nullable = false, length = 100)
    public String password;

    /** Comma-separated: participant, coach, trainer. */
    @Roles
    @Column(nullable = false, length = 100)
    public String roles;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public List<String> roleList() {
        return Arrays.stream(roles.split(",")).map(String::strip).filter(role -> !role.isEmpty()).toList();
    }

    public static Optional<Account> byUsername(String username) {
        return find("username", username).firstResultOptional();
    }
}
