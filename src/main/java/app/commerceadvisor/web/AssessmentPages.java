package app.commerceadvisor.web;

import app.commerceadvisor.assessment.AssessmentListing;
import app.commerceadvisor.assessment.AssessmentService;
import app.commerceadvisor.assessment.AssessmentSummary;
import app.commerceadvisor.assessment.AssessmentView;
import app.commerceadvisor.assessment.RevisionView;
import app.commerceadvisor.http.NotFoundProblem;
import app.commerceadvisor.http.ResourceIds;
import app.commerceadvisor.security.Caller;
import app.commerceadvisor.security.Role;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;

/**
 * The assessments a reader may open (a participant's own, a coach's cohorts', every one for a trainer) and
 * each one's report as a page. Who may open which report is checked for every path under
 * {@code /assessments/{id}} by the same filter as the API's.
 */
@Path("/assessments")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.PARTICIPANT, Role.COACH, Role.TRAINER })
public class AssessmentPages {

    /** One assessment in the list, with its revisions when it has more than one. */
    public record Row(UUID id, String participant, String owner, String madeAt, int revision, int findings,
            List<RevisionView> revisions) {
        public String when(RevisionView revision) {
            return PageFormats.WHEN.format(revision.madeAt());
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(PageFrame frame, List<Row> rows, boolean participant);
    }

    private final AssessmentListing listing;
    private final AssessmentService assessments;
    private final ReportPage reportPage;
    private final Caller caller;
    private final Pages pages;
    private final ObjectMapper json;

    AssessmentPages(AssessmentListing listing, AssessmentService assessments, ReportPage reportPage, Caller caller,
            Pages pages, ObjectMapper json) {
        this.listing = listing;
        this.assessments = assessments;
        this.reportPage = reportPage;
        this.caller = caller;
        this.pages = pages;
        this.json = json;
    }

    @GET
    public TemplateInstance list() {
        Caller.Snapshot who = caller.require();
        List<Row> rows = listing.visibleTo(who, null, null).stream().map(this::row).toList();
        PageFrame frame = pages.frame();
        return Templates.list(frame, rows, who.roles().contains(Role.PARTICIPANT)).setLocale(frame.locale());
    }

    private Row row(AssessmentSummary summary) {
        List<RevisionView> revisions = summary.revision() > 1
                ? assessments.revisions(summary.id()).orElse(List.of()) : List.of();
        return new Row(summary.id(), summary.participant(), summary.owner(), PageFormats.WHEN.format(summary.createdAt()),
                summary.revision(), summary.findings(), revisions);
    }

    /** The report in the page's language (read again with the version it was made with when that differs). */
    @GET
    @Path("/{id}")
    public TemplateInstance report(@PathParam("id") String id) {
        return ResourceIds.parse(id).flatMap(uuid -> assessments.view(uuid, pages.language()))
                .map(reportPage::of)
                .orElseThrow(() -> NotFoundProblem.assessment(id));
    }

    /** An earlier revision's report, exactly as it was written then (in its own language). */
    @GET
    @Path("/{id}/revisions/{revision}")
    public TemplateInstance revision(@PathParam("id") String id, @PathParam("revision") String revision) {
        UUID uuid = ResourceIds.parse(id).orElseThrow(() -> NotFoundProblem.assessment(id));
        int number;
        try {
            number = Integer.parseInt(revision);
        } catch (NumberFormatException e) {
            throw new NotFoundProblem(m -> m.noRevision(revision, id));
        }
        return assessments.revision(uuid, number).map(report -> {
            try {
                return reportPage.of(json.readValue(report.json(), AssessmentView.class));
            } catch (java.io.IOException e) {
                throw new IllegalStateException("the stored report of revision " + number + " of " + id
                        + " cannot be read", e);
            }
        }).orElseThrow(() -> new NotFoundProblem(m -> m.noRevision(revision, id)));
    }
}
