package app.commerceadvisor.web;

import app.commerceadvisor.assessment.AssessmentRequest;
import app.commerceadvisor.assessment.AssessmentService;
import app.commerceadvisor.assessment.Report;
import app.commerceadvisor.http.InvalidInputException;
import app.commerceadvisor.http.ProblemLanguage;
import app.commerceadvisor.knowledge.ActiveKnowledgeBase;
import app.commerceadvisor.questionnaire.Questionnaire;
import app.commerceadvisor.security.Caller;
import app.commerceadvisor.security.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * The questionnaire as a form, section by section: follow-up questions appear when they apply, the answers
 * are kept as a draft in the browser until sent, and a refused answer shows the form again with every answer
 * as it was and the error next to its question. Sending it stores the assessment and opens its report.
 */
@Path("/questionnaire")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.PARTICIPANT, Role.TRAINER })
public class QuestionnairePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance questionnaire(PageFrame frame, QuestionnaireForm form, String title,
                String intro, String submitLabel);
    }

    private final ActiveKnowledgeBase knowledgeBase;
    private final AssessmentService assessments;
    private final Caller caller;
    private final Pages pages;

    QuestionnairePage(ActiveKnowledgeBase knowledgeBase, AssessmentService assessments, Caller caller, Pages pages) {
        this.knowledgeBase = knowledgeBase;
        this.assessments = assessments;
        this.caller = caller;
        this.pages = pages;
    }

    @GET
    public TemplateInstance form() {
        return page(Map.of(), Map.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response send(MultivaluedMap<String, String> sent) {
        Questionnaire questionnaire = knowledgeBase.require().questionnaire();
        Map<String, List<String>> typed = AnswerForm.typed(questionnaire, sent);
        try {
            Report report = assessments.assess(new AssessmentRequest(caller.require().username(), pages.language(),
                    AnswerForm.answers(questionnaire, typed)));
            // ?sent= tells the page's script that the browser's draft of the form was taken and may go
            return Response.seeOther(URI.create("/assessments/" + report.id() + "?sent=questionnaire:"
                    + java.net.URLEncoder.encode(caller.require().username(), java.nio.charset.StandardCharsets.UTF_8)))
                    .build();
        } catch (InvalidInputException e) {
            Map<String, String> errors = AnswerForm.errors(e.errors(), ProblemLanguage.messages(pages.language()),
                    questionnaire, typed, pages.labels());
            return Response.status(Response.Status.BAD_REQUEST).entity(page(typed, errors)).build();
        }
    }

    private TemplateInstance page(Map<String, List<String>> typed, Map<String, String> errors) {
        PageFrame frame = pages.frame();
        PageLabels labels = pages.labels();
        QuestionnaireForm form = QuestionnaireForm.of(knowledgeBase.require().questionnaire(), pages.language(), typed,
                errors, "/questionnaire", "questionnaire:" + caller.require().username(), labels);
        return Templates.questionnaire(frame, form, labels.questionnaireTitle(), labels.questionnaireIntro(),
                labels.seeMyReport()).setLocale(frame.locale());
    }
}
