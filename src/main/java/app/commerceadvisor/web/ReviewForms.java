package app.commerceadvisor.web;

import app.commerceadvisor.assessment.AssessmentService;
import app.commerceadvisor.http.FieldProblem;
import app.commerceadvisor.http.InvalidInputException;
import app.commerceadvisor.http.NotFoundProblem;
import app.commerceadvisor.http.ProblemLanguage;
import app.commerceadvisor.http.ProblemMessages;
import app.commerceadvisor.http.ResourceIds;
import app.commerceadvisor.review.Review;
import app.commerceadvisor.review.ReviewRequest;
import app.commerceadvisor.review.ReviewView;
import app.commerceadvisor.review.Reviews;
import app.commerceadvisor.security.Caller;
import app.commerceadvisor.security.Role;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;

/**
 * The review forms of the report page: a coach of the assessment's cohort agrees, disagrees or is unsure about a
 * finding, with a note, or writes a summary note. They are recorded by the same {@link Reviews} as the API's, and
 * the browser goes back to the finding on the report (Post/Redirect/Get); a refused form is shown again on the
 * report as it was sent, with the error beside the field, and nothing is stored. Who may post here is the API's
 * rule: the coach role, and the assessment access filter for the path.
 */
@Path("/assessments")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.COACH)
public class ReviewForms {

    private final Reviews reviews;
    private final AssessmentService assessments;
    private final ReportPage reportPage;
    private final Caller caller;
    private final Pages pages;

    ReviewForms(Reviews reviews, AssessmentService assessments, ReportPage reportPage, Caller caller, Pages pages) {
        this.reviews = reviews;
        this.assessments = assessments;
        this.reportPage = reportPage;
        this.caller = caller;
        this.pages = pages;
    }

    @POST
    @Path("/{id}/reviews/summary")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response summary(@PathParam("id") String id, @FormParam("note") String note) {
        UUID assessment = assessmentId(id);
        try {
            reviews.reviewSummary(assessment, new ReviewRequest(null, note), caller.require());
        } catch (InvalidInputException refused) {
            return shownAgain(assessment, id, Review.SUMMARY, null, note, refused);
        }
        return Response.seeOther(URI.create("/assessments/" + assessment + "#coach-notes")).build();
    }

    @POST
    @Path("/{id}/reviews/{finding}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response finding(@PathParam("id") String id, @PathParam("finding") String finding,
            @FormParam("verdict") String verdict, @FormParam("note") String note) {
        UUID assessment = assessmentId(id);
        ReviewView review;
        try {
            review = reviews.reviewFinding(assessment, finding, new ReviewRequest(verdict, note), caller.require());
        } catch (InvalidInputException refused) {
            return shownAgain(assessment, id, finding, verdict, note, refused);
        }
        return Response.seeOther(URI.create("/assessments/" + assessment + "#finding-" + review.pitfall())).build();
    }

    /** The report again, in the page's language, with the refused form as sent and its errors worded. */
    private Response shownAgain(UUID assessment, String id, String target, String verdict, String note,
            InvalidInputException refused) {
        ProblemMessages problems = ProblemLanguage.messages(pages.language());
        CoachLabels labels = MessageBundles.get(CoachLabels.class, Localized.Literal.of(pages.language()));
        String verdictError = null;
        String noteError = null;
        for (FieldProblem problem : refused.errors()) {
            if ("verdict".equals(problem.field())) {
                verdictError = labels.chooseVerdict();
            } else {
                noteError = labels.noteProblem(problem.in(problems).message());
            }
        }
        ReportPage.Refused form = new ReportPage.Refused(target,
                new ReportPageModel.ReviewForm(verdict, note, verdictError, noteError));
        String page = assessments.view(assessment, pages.language()).map(report -> reportPage.of(report, form))
                .orElseThrow(() -> NotFoundProblem.assessment(id)).render();
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(page).build();
    }

    private static UUID assessmentId(String id) {
        return ResourceIds.parse(id).orElseThrow(() -> NotFoundProblem.assessment(id));
    }
}
