package app.commerceadvisor.followup;

import app.commerceadvisor.security.Role;
import jakarta.annotation.security.RolesAllowed;
import app.commerceadvisor.http.Problem;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@RolesAllowed({ Role.PARTICIPANT, Role.COACH, Role.TRAINER })
@Path("/api/interview")
@Produces(MediaType.APPLICATION_JSON)
public class InterviewResource {

    private final Interviews interviews;

    InterviewResource(Interviews interviews) {
        this.interviews = interviews;
    }

    @POST
    @Path("/next")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The next question of an interview: the one whose answer decides the most findings",
            description = "Send the answers so far (and the questions skipped); the answer names the one question "
                    + "to ask now, with the findings its answer could decide, or done when no answer to the "
                    + "questions left could change a finding. The interview is held by the client: nothing is "
                    + "stored until the answers are submitted to POST /api/assessments.")
    @APIResponse(responseCode = "200", description = "The next step",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InterviewStep.class)))
    @APIResponse(responseCode = "400", description = "A field at fault: the language, an answer or a skipped question id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "The body is larger than the service accepts",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "The body is not sent as application/json (UTF-8)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Too many evaluations at once; try again after Retry-After seconds",
            headers = @Header(name = HttpHeaders.RETRY_AFTER, schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public InterviewStep next(InterviewRequest request) {
        return interviews.next(request);
    }
}
