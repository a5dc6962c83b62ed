package app.commerceadvisor.knowledge.version;

import app.commerceadvisor.security.Role;
import jakarta.annotation.security.RolesAllowed;
import app.commerceadvisor.knowledge.ActiveKnowledgeBase;
import app.commerceadvisor.knowledge.KnowledgeBase;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@RolesAllowed(Role.TRAINER)
@Path("/api/knowledge-base/versions")
@Produces(MediaType.APPLICATION_JSON)
public class VersionsResource {

    private final StoredVersions versions;
    private final ActiveKnowledgeBase knowledgeBase;

    VersionsResource(StoredVersions versions, ActiveKnowledgeBase knowledgeBase) {
        this.versions = versions;
        this.knowledgeBase = knowledgeBase;
    }

    @GET
    @Operation(summary = "Every version of the rules and knowledge base that was active, the one active most "
            + "recently first, without their files")
    @APIResponse(responseCode = "200", description = "OK")
    public List<StoredVersion> versions() {
        return versions.list(knowledgeBase.current().map(KnowledgeBase::version).orElse(null));
    }
}
