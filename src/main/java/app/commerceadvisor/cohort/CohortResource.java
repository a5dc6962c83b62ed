package app.commerceadvisor.cohort;

import app.commerceadvisor.http.NotFoundProblem;
import app.commerceadvisor.http.Problem;
import app.commerceadvisor.http.ResourceIds;
import app.commerceadvisor.security.Caller;
import app.commerceadvisor.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/cohorts")
@Produces(MediaType.APPLICATION_JSON)
public class CohortResource {

    /** A new cohort's name. */
    @Schema(name = "CohortRequest")
    public record CohortRequest(@Schema(example = "Spring 2027, Hangzhou") String name) {
    }

    /** The role an account takes in a cohort: participant or coach. */
    @Schema(name = "MemberRequest")
    public record MemberRequest(@Schema(enumeration = { "participant", "coach" }) String role) {
    }

    private final Cohorts cohorts;
    private final Caller caller;

    CohortResource(Cohorts cohorts, Caller caller) {
        this.cohorts = cohorts;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Role.TRAINER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a cohort (trainers)")
    @APIResponse(responseCode = "201", description = "The cohort",
            headers = @Header(name = HttpHeaders.LOCATION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CohortView.class)))
    @APIResponse(responseCode = "400", description = "No name; nothing was stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A cohort has this name already; nothing was stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<CohortView> create(CohortRequest request) {
        CohortView created = cohorts.create(request.name());
        return RestResponse.ResponseBuilder.<CohortView>create(RestResponse.Status.CREATED)
                .header(HttpHeaders.LOCATION, "/api/cohorts/" + created.id()).entity(created).build();
    }

    @GET
    @RolesAllowed({ Role.COACH, Role.TRAINER })
    @Operation(summary = "The cohorts the caller coaches, or every cohort for a trainer")
    public List<CohortView> visible() {
        return cohorts.visibleTo(me());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Role.COACH, Role.TRAINER })
    @Operation(summary = "A cohort with its participants and coaches")
    @APIResponse(responseCode = "404", description = "No such cohort, or not one the caller coaches",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CohortView cohort(@PathParam("id") String id) {
        return cohorts.find(cohortId(id), me());
    }

    @PUT
    @Path("/{id}/members/{username}")
    @RolesAllowed(Role.TRAINER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Put an account into a cohort as a participant or a coach (trainers)",
            description = "A participant takes part in one cohort at a time: putting them into another moves them. "
                    + "Their assessments stay with the cohort they were made in.")
    @APIResponse(responseCode = "200", description = "The cohort with its members",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CohortView.class)))
    @APIResponse(responseCode = "400", description = "The role is not participant or coach, or the account lacks it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such cohort or account",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CohortView put(@PathParam("id") String id, @PathParam("username") String username, MemberRequest request) {
        return cohorts.put(cohortId(id), username, request == null ? null : request.role());
    }

    @DELETE
    @Path("/{id}/members/{username}")
    @RolesAllowed(Role.TRAINER)
    @Operation(summary = "Take an account out of a cohort (trainers)")
    @APIResponse(responseCode = "200", description = "The cohort with its members",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CohortView.class)))
    @APIResponse(responseCode = "404", description = "No such cohort or account",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CohortView remove(@PathParam("id") String id, @PathParam("username") String username) {
        return cohorts.remove(cohortId(id), username);
    }

    private Caller.Snapshot me() {
        return caller.require();
    }

    private static UUID cohortId(String id) {
        return ResourceIds.parse(id).orElseThrow(() -> new NotFoundProblem(m -> m.noCohort(id)));
    }
}
