package app.commerceadvisor.security;

import app.commerceadvisor.http.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/accounts")
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

    private final Accounts accounts;
    private final Caller caller;

    AccountResource(Accounts accounts, Caller caller) {
        this.accounts = accounts;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Role.TRAINER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an account (trainers)")
    @APIResponse(responseCode = "201", description = "The account, without its password",
            headers = @Header(name = HttpHeaders.LOCATION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "400", description = "A field at fault; nothing was stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The user name is taken; nothing was stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<AccountView> create(AccountRequest request) {
        AccountView created = accounts.create(request,
                caller.get().map(Caller.Snapshot::username).orElse("?"));
        return RestResponse.ResponseBuilder.<AccountView>create(RestResponse.Status.CREATED)
                .header(HttpHeaders.LOCATION, "/api/accounts/" + created.id()).entity(created).build();
    }

    @GET
    @RolesAllowed(Role.TRAINER)
    @Operation(summary = "Every account (trainers)")
    public List<AccountView> all() {
        return accounts.all();
    }

    @GET
    @Path("/me")
    @RolesAllowed({ Role.PARTICIPANT, Role.COACH, Role.TRAINER })
    @Operation(summary = "The signed-in account: its roles, the cohort it takes part in and the cohorts it coaches")
    public Me me() {
        Caller.Snapshot me = caller.require();
        return new Me(me.accountId(), me.username(), List.copyOf(me.roles()), me.participantCohort(),
                List.copyOf(me.coachedCohorts()));
    }

    @PUT
    @Path("/me/password")
    @RolesAllowed({ Role.PARTICIPANT, Role.COACH, Role.TRAINER })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the signed-in account's password, giving the current one")
    @APIResponse(responseCode = "204", description = "Changed; the old password no longer signs in")
    @APIResponse(responseCode = "400", description = "The current password does not match, or the new one is too "
            + "short or too long; nothing was changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void changeOwnPassword(PasswordChange change) {
        Caller.Snapshot me = caller.require();
        accounts.changePassword(me.username(), change == null || change.current() == null ? "" : change.current(),
                change == null ? null : change.password(), me.username());
    }

    @PUT
    @Path("/{username}/password")
    @RolesAllowed(Role.TRAINER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set another account's password, e.g. when its owner forgot it (trainers)")
    @APIResponse(responseCode = "204", description = "Set; the old password no longer signs in")
    @APIResponse(responseCode = "400", description = "The new password is too short or too long; nothing was changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such account",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void resetPassword(@PathParam("username") String username, PasswordChange change) {
        accounts.changePassword(username, null, change == null ? null : change.password(),
                caller.get().map(Caller.Snapshot::username).orElse("?"));
    }

    /** A new password; {@code current} only when changing one's own. */
    @Schema(name = "PasswordChange")
    public record PasswordChange(@Schema(description = "The present password (changing one's own only)") String current,
            @Schema(description = "At least 12 characters") String password) {
    }

    /** The signed-in account as it sees itself. */
    @Schema(name = "Me")
    public record Me(java.util.UUID id, String username, List<String> roles,
            @Schema(description = "The cohort this account takes part in as a participant, if any") java.util.UUID cohort,
            @Schema(description = "The cohorts this account coaches") List<java.util.UUID> coaches) {
    }
}
