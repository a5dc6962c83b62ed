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
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

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

    /** The user names of the accounts with these ids (null ids skipped); an id without an account is left out. */
    public static Map<UUID, String> usernames(Collection<UUID> ids) {
        Set<UUID> known = ids.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        return known.isEmpty() ? Map.of() : Account.<Account>list("id in ?1", known).stream()
                .collect(Collectors.toMap(account -> account.id, account -> account.username));
    }

    public static Optional<Account> byUsername(String username) {
        return find("username", username).firstResultOptional();
    }
}
