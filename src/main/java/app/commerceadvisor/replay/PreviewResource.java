package app.commerceadvisor.replay;

import app.commerceadvisor.security.Role;
import jakarta.annotation.security.RolesAllowed;
import app.commerceadvisor.http.Problem;
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

@RolesAllowed(Role.TRAINER)
@Path("/api/knowledge-base/preview")
@Produces(MediaType.APPLICATION_JSON)
public class PreviewResource {

    private final CandidatePreview preview;

    PreviewResource(CandidatePreview preview) {
        this.preview = preview;
    }

    @POST
    @Operation(summary = "Replay every stored assessment with rules/ and knowledge-base/ as they are on disk, "
            + "without activating them",
            description = "Loads and checks the content on disk as a reload would, but does not activate it; evaluates "
                    + "the answers of every stored assessment with it and lists, per pitfall, which assessments would "
                    + "gain or lose it. Stores and changes nothing. One preview runs at a time.")
    @APIResponse(responseCode = "200", description = "What the candidate would change",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Preview.class)))
    @APIResponse(responseCode = "422", description = "The content on disk has problems (each as file:line: message "
            + "in problems); nothing was replayed and the active version is unchanged",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "A preview is running already; try again after Retry-After seconds",
            headers = @Header(name = HttpHeaders.RETRY_AFTER, schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Preview preview() {
        return preview.preview();
    }
}
