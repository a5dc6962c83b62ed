package app.commerceadvisor.security;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new account: its user name, its first password and its roles. */
@Schema(name = "AccountRequest")
public record AccountRequest(
        @Schema(description = "2 to 63 characters: lower-case letters, digits, '.', '_' or '-'", example = "shop-42")
        String username,
        @Schema(description = "At least 12 characters; stored only as a bcrypt hash, never returned or logged")
        String password,
        @Schema(description = "One or more of participant, coach, trainer", example = "[\"participant\"]")
        List<String> roles) {
}
