package app.commerceadvisor.web;

import app.commerceadvisor.assessment.AnswerChanges;
import app.commerceadvisor.assessment.AssessmentService;
import app.commerceadvisor.assessment.AssessmentView;
import app.commerceadvisor.http.InvalidInputException;
import app.commerceadvisor.http.NotFoundProblem;
import app.commerceadvisor.http.ProblemLanguage;
import app.commerceadvisor.http.ResourceIds;
import app.commerceadvisor.knowledge.ActiveKnowledgeBase;
import app.commerceadvisor.questionnaire.Questionnaire;
import app.commerceadvisor.security.Role;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Changing the answers of one's own assessment: the questionnaire filled in with its latest answers; sending
 * it stores the next revision (the earlier one is kept) exactly as the API's PATCH of the answers does. Only the
 * owner gets here (the assessment filter checks it for every path under {@code /assessments/{id}}).
 */
@Path("/assessments/{id}/answers")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.PARTICIPANT, Role.TRAINER })
public class AnswerChangePage {

    private final ActiveKnowledgeBase knowledgeBase;
    private final AssessmentService assessments;
    private final Pages pages;

    AnswerChangePage(ActiveKnowledgeBase knowledgeBase, AssessmentService assessments, Pages pages) {
        this.knowledgeBase = knowledgeBase;
        this.assessments = assessments;
        this.pages = pages;
    }

    @GET
    public TemplateInstance form(@PathParam("id") String id) {
        AssessmentView stored = find(id);
        return page(id, AnswerForm.typed(stored.answers()), Map.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response send(@PathParam("id") String id, MultivaluedMap<String, String> sent) {
        AssessmentView stored = find(id);
        Questionnaire questionnaire = knowledgeBase.require().questionnaire();
        Map<String, List<String>> typed = AnswerForm.typed(questionnaire, sent);
        Map<String, JsonNode> answers = AnswerForm.answers(questionnaire, typed);
        // every question the form showed and left blank now is blanked; the others change to what was sent
        Map<String, JsonNode> changes = new LinkedHashMap<>();
        if (stored.answers() != null) {
            stored.answers().keySet().forEach(question -> changes.put(question, NullNode.getInstance()));
        }
        changes.putAll(answers);
        try {
            assessments.revise(stored.id(), new AnswerChanges(changes)).orElseThrow(() -> NotFoundProblem.assessment(id));
            return Response.seeOther(URI.create("/assessments/" + stored.id())).build();
        } catch (InvalidInputException e) {
            Map<String, String> errors = AnswerForm.errors(e.errors(), ProblemLanguage.messages(pages.language()),
                    questionnaire, typed, pages.labels());
            return Response.status(Response.Status.BAD_REQUEST).entity(page(id, typed, errors)).build();
        }
    }

    private AssessmentView find(String id) {
        UUID uuid = ResourceIds.parse(id).orElseThrow(() -> NotFoundProblem.assessment(id));
        return assessments.view(uuid, null).orElseThrow(() -> NotFoundProblem.assessment(id));
    }

    private TemplateInstance page(String id, Map<String, List<String>> typed, Map<String, String> errors) {
        PageFrame frame = pages.frame();
        PageLabels labels = pages.labels();
        QuestionnaireForm form = QuestionnaireForm.of(knowledgeBase.require().questionnaire(), pages.language(), typed,
                errors, "/assessments/" + id + "/answers", null, labels);
        return QuestionnairePage.Templates.questionnaire(frame, form, labels.changeAnswersTitle(),
                labels.changeAnswersIntro(), labels.saveRevision()).setLocale(frame.locale());
    }
}
