package app.commerceadvisor.web;

import app.commerceadvisor.assessment.AssessmentListing;
import app.commerceadvisor.assessment.AssessmentSummary;
import app.commerceadvisor.cohort.CohortView;
import app.commerceadvisor.cohort.Cohorts;
import app.commerceadvisor.http.NotFoundProblem;
import app.commerceadvisor.http.ResourceIds;
import app.commerceadvisor.knowledge.ActiveKnowledgeBase;
import app.commerceadvisor.review.CohortSummary;
import app.commerceadvisor.review.ReviewStatistics;
import app.commerceadvisor.security.Caller;
import app.commerceadvisor.security.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A coach's way in: the cohorts they coach (a trainer: every cohort), and each cohort's participants, the
 * assessments waiting for review and an overview with two charts. A cohort the reader does not oversee does not
 * exist for them (404), as in the API.
 */
@Path("/coach")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.COACH, Role.TRAINER })
public class CoachPages {

    /** A cohort in the list with its counts. */
    public record CohortRow(UUID id, String name, int participants, int assessments, int waiting) {
    }

    /** A participant of the cohort with their latest assessment; {@code latest} null when they have none yet. */
    public record ParticipantRow(String username, AssessmentSummary latest, String madeAt, boolean reviewed) {
    }

    /** An assessment waiting for review. */
    public record WaitingRow(UUID id, String participant, String madeAt, int findings) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance cohorts(PageFrame frame, List<CohortRow> cohorts);

        static native TemplateInstance cohort(PageFrame frame, CohortSummary summary, int members,
                List<WaitingRow> waiting, List<ParticipantRow> participants, CohortCharts.SeverityChart bySeverity,
                CohortCharts.AgreementChart agreement);
    }

    private final Cohorts cohorts;
    private final ReviewStatistics statistics;
    private final AssessmentListing listing;
    private final ActiveKnowledgeBase knowledgeBase;
    private final Caller caller;
    private final Pages pages;

    CoachPages(Cohorts cohorts, ReviewStatistics statistics, AssessmentListing listing, ActiveKnowledgeBase knowledgeBase,
            Caller caller, Pages pages) {
        this.cohorts = cohorts;
        this.statistics = statistics;
        this.listing = listing;
        this.knowledgeBase = knowledgeBase;
        this.caller = caller;
        this.pages = pages;
    }

    @GET
    public TemplateInstance cohorts() {
        Caller.Snapshot who = caller.require();
        List<CohortRow> rows = cohorts.visibleTo(who).stream().map(cohort -> {
            CohortSummary summary = statistics.cohort(cohort.id(), null, pages.language(), who);
            return new CohortRow(cohort.id(), cohort.name(), cohort.participants().size(), summary.assessments(),
                    summary.waitingForReview().size());
        }).toList();
        PageFrame frame = pages.frame();
        return Templates.cohorts(frame, rows).setLocale(frame.locale());
    }

    @GET
    @Path("/cohorts/{id}")
    public TemplateInstance cohort(@PathParam("id") String id) {
        Caller.Snapshot who = caller.require();
        UUID cohortId = ResourceIds.parse(id).orElseThrow(() -> new NotFoundProblem(m -> m.noCohort(id)));
        CohortView cohort = cohorts.find(cohortId, who);
        String language = pages.language();
        CohortSummary summary = statistics.cohort(cohortId, null, language, who);

        List<WaitingRow> waiting = summary.waitingForReview().stream()
                .map(assessment -> new WaitingRow(assessment.assessment(), assessment.participant(),
                        PageFormats.WHEN.format(assessment.createdAt()), assessment.findings()))
                .toList();
        Set<UUID> unreviewed = waiting.stream().map(WaitingRow::id).collect(Collectors.toSet());
        // newest first, so the first assessment of each account is its latest
        Map<String, AssessmentSummary> latest = new LinkedHashMap<>();
        listing.visibleTo(who, null, cohortId).forEach(assessment -> latest.putIfAbsent(
                assessment.owner() == null ? assessment.participant() : assessment.owner(), assessment));
        List<String> names = new ArrayList<>(cohort.participants());
        latest.keySet().stream().filter(name -> !names.contains(name)).sorted().forEach(names::add);
        List<ParticipantRow> participants = names.stream().map(name -> {
            AssessmentSummary last = latest.get(name);
            return new ParticipantRow(name, last, last == null ? null : PageFormats.WHEN.format(last.createdAt()),
                    last != null && !unreviewed.contains(last.id()));
        }).toList();

        var questionnaire = knowledgeBase.require().questionnaire();
        PageFrame frame = pages.frame();
        return Templates.cohort(frame, summary, cohort.participants().size(), waiting, participants,
                CohortCharts.severity(summary.pitfalls(), severity -> questionnaire.severityLabel(severity, language)),
                CohortCharts.agreement(summary.pitfalls())).setLocale(frame.locale());
    }
}
