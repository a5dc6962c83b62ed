package app.commerceadvisor.knowledge;

import app.commerceadvisor.security.Role;
import jakarta.annotation.security.RolesAllowed;
import app.commerceadvisor.knowledge.KnowledgeBaseStatus.Outcome;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestResponse;

@RolesAllowed(Role.TRAINER)
@Path("/api/knowledge-base")
@Produces(MediaType.APPLICATION_JSON)
public class KnowledgeBaseResource {

    /** RFC 9110: the request was understood, but the content it points to cannot be used. */
    private static final int UNPROCESSABLE_CONTENT = 422;

    private final ActiveKnowledgeBase knowledgeBase;

    KnowledgeBaseResource(ActiveKnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
    }

    @GET
    @Path("/status")
    @Operation(summary = "The active version of the rules and knowledge base, and what became of the last load")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = KnowledgeBaseStatus.class)))
    public KnowledgeBaseStatus status() {
        return knowledgeBase.status();
    }

    @POST
    @Path("/reload")
    @Operation(summary = "Load rules/ and knowledge-base/ from disk again and activate them if they check out")
    @APIResponse(responseCode = "200", description = "Activated, or unchanged: the status after the reload",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = KnowledgeBaseStatus.class)))
    @APIResponse(responseCode = "422", description = "The content has problems (listed as file:line: message); the "
            + "previous version stays active", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = KnowledgeBaseStatus.class)))
    public RestResponse<KnowledgeBaseStatus> reload() {
        KnowledgeBaseStatus status = knowledgeBase.reload();
        return status.lastOutcome() == Outcome.REFUSED
                ? RestResponse.ResponseBuilder.<KnowledgeBaseStatus>create(UNPROCESSABLE_CONTENT).entity(status).build()
                : RestResponse.ok(status);
    }
}
