package app.commerceadvisor.whatif;

import app.commerceadvisor.security.Role;
import jakarta.annotation.security.RolesAllowed;
import app.commerceadvisor.assessment.AnswerChanges;
import app.commerceadvisor.http.NotFoundProblem;
import app.commerceadvisor.http.Problem;
import app.commerceadvisor.http.ResourceIds;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
public class WhatIfResource {

    private final WhatIfs whatIfs;

    WhatIfResource(WhatIfs whatIfs) {
        this.whatIfs = whatIfs;
    }

    @POST
    @Path("/{id}/what-if")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The findings a stored assessment would get with some answers changed",
            description = "Merges the changed answers into the stored ones (null blanks an answer; answers to "
                    + "questions the change no longer asks are left out), evaluates them with the active rules and "
                    + "says which findings would appear, disappear or change and how the order of priority would "
                    + "move, compared with the stored answers on the same version. Stores nothing.")
    @APIResponse(responseCode = "200", description = "The difference and the findings with the changed answers",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WhatIf.class)))
    @APIResponse(responseCode = "400", description = "A changed answer the questionnaire does not take; errors names each",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No assessment has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "The body is larger than the service accepts",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "The body is not sent as application/json (UTF-8)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The stored answers no longer fit the active questionnaire",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Too many evaluations at once; try again after Retry-After seconds",
            headers = @Header(name = HttpHeaders.RETRY_AFTER, schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public WhatIf whatIf(@PathParam("id") String id, AnswerChanges request) {
        return ResourceIds.parse(id).flatMap(uuid -> whatIfs.whatIf(uuid, request))
                .orElseThrow(() -> NotFoundProblem.assessment(id));
    }

    @GET
    @Path("/{id}/what-if")
    @Operation(summary = "For each finding, the smallest change of answers that would clear it",
            description = "Tries every other answer to every question against the active rules, and where no single "
                    + "change clears a finding, every pair of other answers to the questions it rests on. Changes "
                    + "that bring about the fewest other findings come first. Stores nothing.")
    @APIResponse(responseCode = "200", description = "The smallest changes per finding",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Remedies.class)))
    @APIResponse(responseCode = "400", description = "The language is not one the questionnaire is written in",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No assessment has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The stored answers no longer fit the active questionnaire",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Too many evaluations at once; try again after Retry-After seconds",
            headers = @Header(name = HttpHeaders.RETRY_AFTER, schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Remedies remedies(@PathParam("id") String id,
            @Parameter(description = "Language of the texts, e.g. en or zh; the assessment's own when absent")
            @QueryParam("lang") String language) {
        return ResourceIds.parse(id).flatMap(uuid -> whatIfs.remedies(uuid, language))
                .orElseThrow(() -> NotFoundProblem.assessment(id));
    }

}
