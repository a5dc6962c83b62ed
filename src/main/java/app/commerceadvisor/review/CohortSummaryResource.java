package app.commerceadvisor.review;

import app.commerceadvisor.http.NotFoundProblem;
import app.commerceadvisor.http.Problem;
import app.commerceadvisor.http.ResourceIds;
import app.commerceadvisor.security.Caller;
import app.commerceadvisor.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** A cohort at a glance for its coaches and the trainers. */
@Path("/api/cohorts/{id}/summary")
@Produces(MediaType.APPLICATION_JSON)
public class CohortSummaryResource {

    private final ReviewStatistics statistics;
    private final Caller caller;

    CohortSummaryResource(ReviewStatistics statistics, Caller caller) {
        this.statistics = statistics;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Role.COACH, Role.TRAINER })
    @Operation(summary = "A cohort at a glance: per pitfall how many participants have it, by severity, how the "
            + "reviews went, and the assessments waiting for review")
    @APIResponse(responseCode = "200", description = "The summary",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CohortSummary.class)))
    @APIResponse(responseCode = "404", description = "No such cohort, or not one the caller coaches",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CohortSummary cohortSummary(@PathParam("id") String id,
            @Parameter(description = "Only assessments made with this knowledge-base version") @QueryParam("version")
            String version,
            @Parameter(description = "Language of the pitfalls' titles; en when absent") @QueryParam("lang") String language) {
        return statistics.cohort(ResourceIds.parse(id).orElseThrow(() -> new NotFoundProblem(m -> m.noCohort(id))),
                version, language == null ? "en" : language,
                caller.require());
    }

}
