package app.commerceadvisor.security;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An account as the API shows it: never its password or hash. */
@Schema(name = "Account")
public record AccountView(UUID id, String username, List<String> roles, Instant createdAt) {

    static AccountView of(Account account) {
        return new AccountView(account.id, account.username, account.roleList(), account.createdAt);
    }
}
