package app.commerceadvisor.followup;

import app.commerceadvisor.security.Role;
import jakarta.annotation.security.RolesAllowed;
import app.commerceadvisor.http.NotFoundProblem;
import app.commerceadvisor.http.Problem;
import app.commerceadvisor.http.ResourceIds;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@RolesAllowed({ Role.PARTICIPANT, Role.COACH, Role.TRAINER })
@Path("/api/assessments")
@Produces(MediaType.APPLICATION_JSON)
public class FollowUpResource {

    private final FollowUps followUps;

    FollowUpResource(FollowUps followUps) {
        this.followUps = followUps;
    }

    @GET
    @Path("/{id}/follow-up")
    @Operation(summary = "The blank questions worth answering next, and the pitfalls not found only because of them",
            description = "Tries answers in place of each blank question against the active rules: a question "
                    + "decides a finding when some answer to it would add or remove the finding. Questions are "
                    + "ranked by how many findings they decide. Near misses are pitfalls that some answers to the "
                    + "blank questions would bring about, each with exactly the questions a rule still needs. "
                    + "Stores nothing.")
    @APIResponse(responseCode = "200", description = "The questions and near misses",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FollowUp.class)))
    @APIResponse(responseCode = "400", description = "The language is not one the questionnaire is written in",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No assessment has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The stored answers no longer fit the active questionnaire",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Too many evaluations at once; try again after Retry-After seconds",
            headers = @Header(name = HttpHeaders.RETRY_AFTER, schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FollowUp followUp(@PathParam("id") String id,
            @Parameter(description = "Language of the texts, e.g. en or zh; the assessment's own when absent")
            @QueryParam("lang") String language) {
        return ResourceIds.parse(id).flatMap(uuid -> followUps.of(uuid, language))
                .orElseThrow(() -> NotFoundProblem.assessment(id));
    }

}
