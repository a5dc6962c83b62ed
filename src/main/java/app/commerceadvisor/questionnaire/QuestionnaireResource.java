package app.commerceadvisor.questionnaire;

import jakarta.annotation.security.PermitAll;
import app.commerceadvisor.http.Problem;
import app.commerceadvisor.knowledge.ActiveKnowledgeBase;
import app.commerceadvisor.knowledge.KnowledgeBase;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@PermitAll
@Path("/api/questionnaire")
@Produces(MediaType.APPLICATION_JSON)
public class QuestionnaireResource {

    private final ActiveKnowledgeBase knowledgeBase;

    QuestionnaireResource(ActiveKnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
    }

    @GET
    @Operation(summary = "The questionnaire a merchant answers, in one language")
    @APIResponse(responseCode = "200", description = "OK")
    @APIResponse(responseCode = "400", description = "The language is not one the questionnaire is written in",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public QuestionnaireView questionnaire(
            @Parameter(description = "Language of the texts, e.g. en or zh")
            @QueryParam("lang") @DefaultValue("en") String language) {
        KnowledgeBase active = knowledgeBase.require();
        Questionnaire questionnaire = active.questionnaire();
        questionnaire.requireLanguage("lang", language);
        return QuestionnaireView.of(questionnaire, language, active.version());
    }
}
