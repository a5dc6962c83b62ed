package app.commerceadvisor.assessment;

import app.commerceadvisor.security.Caller;
import app.commerceadvisor.security.Role;
import jakarta.annotation.security.RolesAllowed;
import app.commerceadvisor.http.NotFoundProblem;
import app.commerceadvisor.http.Problem;
import app.commerceadvisor.http.ResourceIds;
import app.commerceadvisor.web.ReportPage;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestResponse;

@RolesAllowed({ Role.PARTICIPANT, Role.COACH, Role.TRAINER })
@Path("/api/assessments")
@Produces(MediaType.APPLICATION_JSON)
public class AssessmentResource {

    private final AssessmentService assessments;
    private final ReportPage reportPage;
    private final AssessmentListing listing;
    private final Caller caller;

    AssessmentResource(AssessmentService assessments, ReportPage reportPage, AssessmentListing listing, Caller caller) {
        this.assessments = assessments;
        this.reportPage = reportPage;
        this.listing = listing;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({ Role.PARTICIPANT, Role.TRAINER })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Assess a merchant's answers and store the findings")
    @APIResponse(responseCode = "201", description = "The stored assessment with its findings; stored durably before "
            + "this answer is sent", headers = @Header(name = HttpHeaders.LOCATION, description = "Path of the stored assessment",
            schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request or answers; nothing was stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "The body is over the size limit; nothing was stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "The body is not sent as application/json; nothing was stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Too many assessments at once; try again after Retry-After seconds",
            headers = @Header(name = HttpHeaders.RETRY_AFTER, schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<byte[]> assess(AssessmentRequest request) {
        Report report = assessments.assess(request);
        // a path, not a URL built from the client's Host header (RFC 9110 allows a relative Location)
        return RestResponse.ResponseBuilder.<byte[]>create(RestResponse.Status.CREATED)
                .header(HttpHeaders.LOCATION, "/api/assessments/" + report.id())
                .entity(report.json())
                .build();
    }

    @GET
    @Operation(summary = "The assessments the caller may read, newest first",
            description = "A participant's own, those of the cohorts a coach coaches, every one for a trainer; at most "
                    + AssessmentListing.MAX + ".")
    @APIResponse(responseCode = "200", description = "The assessments",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = AssessmentSummary.class)))
    public List<AssessmentSummary> list(
            @Parameter(description = "Only this participant's (their account's user name)") @QueryParam("participant")
            String participant,
            @Parameter(description = "Only this cohort's (its id)") @QueryParam("cohort") String cohort) {
        java.util.UUID cohortId = null;
        if (cohort != null) {
            cohortId = ResourceIds.parse(cohort).orElseThrow(() -> new app.commerceadvisor.http.InvalidInputException(
                    "cohort", m -> m.noCohort(cohort)));
        }
        return listing.visibleTo(caller.require(), participant,
                cohortId);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A stored assessment's latest revision, exactly as it was returned when it was made",
            description = "With lang in another language than the assessment's own, its answers are evaluated again "
                    + "with the version of the knowledge base they were evaluated with and the report is written in that "
                    + "language; nothing is stored and the findings keep their ids.")
    @APIResponse(responseCode = "200", description = "The assessment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "400", description = "The language is not one the assessment's version is written in",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No assessment has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Another language was asked for, and the version the assessment "
            + "was made with can no longer be loaded",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public byte[] assessment(@PathParam("id") String id,
            @Parameter(description = "Language of the report, e.g. en or zh; the assessment's own when absent")
            @QueryParam("lang") String language) {
        return ResourceIds.parse(id).flatMap(uuid -> assessments.find(uuid, language))
                .map(Report::json)
                .orElseThrow(() -> notFound(id));
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "A stored assessment's latest revision as a printable page",
            description = "Asked for with Accept: text/html (a browser does): the report as a page to print or save as "
                    + "PDF, with the questions worth answering next; lang as for the JSON report.")
    @APIResponse(responseCode = "200", description = "The page",
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)))
    public TemplateInstance page(@PathParam("id") String id,
            @Parameter(description = "Language of the page, e.g. en or zh; the assessment's own when absent")
            @QueryParam("lang") String language) {
        return ResourceIds.parse(id).flatMap(uuid -> assessments.view(uuid, language))
                .map(reportPage::of)
                .orElseThrow(() -> notFound(id));
    }

    @PATCH
    @Path("/{id}/answers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change some answers of a stored assessment; it is evaluated again as its next revision",
            description = "Merges the changed answers into the latest ones (null blanks an answer; answers to questions "
                    + "the change no longer asks are left out), evaluates them with the active rules and stores the "
                    + "result as the assessment's next revision. Earlier revisions stay readable under "
                    + "/api/assessments/{id}/revisions. Try a change first with POST /api/assessments/{id}/what-if, "
                    + "which takes the same body and stores nothing.")
    @APIResponse(responseCode = "200", description = "The new revision; stored durably before this answer is sent",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "400", description = "A changed answer the questionnaire does not take; errors names "
            + "each; nothing was stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No assessment has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Other changes of this assessment kept coming first; nothing was "
            + "stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "The body is over the size limit; nothing was stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "The body is not sent as application/json; nothing was stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Answers stored earlier no longer fit the active questionnaire; "
            + "errors names each, and a change that fixes them is taken; nothing was stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Too many evaluations at once; try again after Retry-After seconds",
            headers = @Header(name = HttpHeaders.RETRY_AFTER, schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public byte[] changeAnswers(@PathParam("id") String id, AnswerChanges changes) {
        return ResourceIds.parse(id).flatMap(uuid -> assessments.revise(uuid, changes))
                .map(Report::json)
                .orElseThrow(() -> notFound(id));
    }

    @GET
    @Path("/{id}/revisions")
    @Operation(summary = "Every revision of a stored assessment, the latest first")
    @APIResponse(responseCode = "200", description = "The revisions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = RevisionView.class)))
    @APIResponse(responseCode = "404", description = "No assessment has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<RevisionView> revisions(@PathParam("id") String id) {
        return ResourceIds.parse(id).flatMap(assessments::revisions).orElseThrow(() -> notFound(id));
    }

    @GET
    @Path("/{id}/revisions/{revision}")
    @Operation(summary = "One revision of a stored assessment, exactly as it was returned when it was made")
    @APIResponse(responseCode = "200", description = "The report of that revision",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "404", description = "No assessment has this id, or it has no such revision",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public byte[] revision(@PathParam("id") String id, @PathParam("revision") String revision) {
        Optional<Integer> number = revision.matches("[1-9][0-9]{0,8}") ? Optional.of(Integer.parseInt(revision))
                : Optional.empty();
        return ResourceIds.parse(id).flatMap(uuid -> number.flatMap(n -> assessments.revision(uuid, n)))
                .map(Report::json)
                .orElseThrow(() -> new NotFoundProblem(m -> m.noRevision(revision, id)));
    }

    private static NotFoundProblem notFound(String id) {
        return NotFoundProblem.assessment(id);
    }

}
