package app.commerceadvisor.replay;

import app.commerceadvisor.security.Role;
import jakarta.annotation.security.RolesAllowed;
import app.commerceadvisor.http.NotFoundProblem;
import app.commerceadvisor.http.Problem;
import app.commerceadvisor.http.ResourceIds;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@RolesAllowed(Role.TRAINER)
@Path("/api/assessments")
@Produces(MediaType.APPLICATION_JSON)
public class ReEvaluationResource {

    private final ReEvaluator reEvaluator;

    ReEvaluationResource(ReEvaluator reEvaluator) {
        this.reEvaluator = reEvaluator;
    }

    @POST
    @Path("/{id}/re-evaluate")
    @Operation(summary = "Evaluate a stored assessment again with the active version and show what differs",
            description = "Evaluates the stored answers with the active rules and knowledge base and compares the "
                    + "findings with the stored report: pitfalls gained, lost, and found both times with another "
                    + "severity or other evidence. Stores nothing: the stored assessment stays as it was.")
    @APIResponse(responseCode = "200", description = "The difference and the new findings",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReEvaluation.class)))
    @APIResponse(responseCode = "404", description = "No assessment has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The stored answers no longer fit the active questionnaire; "
            + "errors names each of them",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Too many evaluations at once; try again after Retry-After seconds",
            headers = @Header(name = HttpHeaders.RETRY_AFTER, schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReEvaluation reEvaluate(@PathParam("id") String id) {
        return ResourceIds.parse(id).flatMap(reEvaluator::reEvaluate)
                .orElseThrow(() -> NotFoundProblem.assessment(id));
    }

}
