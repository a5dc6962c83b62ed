package app.commerceadvisor.pitfall;

import jakarta.annotation.security.PermitAll;
import app.commerceadvisor.knowledge.ActiveKnowledgeBase;
import app.commerceadvisor.knowledge.KnowledgeBase;
import app.commerceadvisor.http.Problem;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@PermitAll
@Path("/api/pitfalls")
@Produces(MediaType.APPLICATION_JSON)
public class PitfallResource {

    private final ActiveKnowledgeBase knowledgeBase;

    PitfallResource(ActiveKnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
    }

    @GET
    @Operation(summary = "The pitfall catalogue the rules diagnose, with texts and sources, in one language")
    @APIResponse(responseCode = "200", description = "OK")
    @APIResponse(responseCode = "400", description = "The language is not one the questionnaire is written in",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<PitfallView> pitfalls(
            @Parameter(description = "Language of the texts, e.g. en or zh")
            @QueryParam("lang") @DefaultValue("en") String language) {
        KnowledgeBase active = knowledgeBase.require();
        active.questionnaire().requireLanguage("lang", language);
        return active.pitfalls().all().stream().map(pitfall -> PitfallView.of(pitfall, active, language)).toList();
    }
}
