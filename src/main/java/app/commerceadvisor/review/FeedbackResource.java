package app.commerceadvisor.review;

import app.commerceadvisor.http.NotFoundProblem;
import app.commerceadvisor.http.Problem;
import app.commerceadvisor.http.ResourceIds;
import app.commerceadvisor.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.jboss.resteasy.reactive.RestResponse;

/** The coaches' judgement flowing back to the rules' authors: disagreement per pitfall and rule, and disputes made scenarios. */
@Path("/api/knowledge-base/feedback")
@Produces(MediaType.APPLICATION_JSON)
public class FeedbackResource {

    private final ReviewStatistics statistics;
    private final DisputeScenarios scenarios;

    FeedbackResource(ReviewStatistics statistics, DisputeScenarios scenarios) {
        this.statistics = statistics;
        this.scenarios = scenarios;
    }

    @GET
    @RolesAllowed(Role.TRAINER)
    @Operation(summary = "Per pitfall and rule, how often coaches disagreed, with their notes (trainers)")
    @APIResponse(responseCode = "200", description = "The feedback, the highest disagreement rate first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Feedback.class)))
    public Feedback feedback(
            @Parameter(description = "Language of the pitfalls' titles; en when absent") @QueryParam("lang") String language) {
        return statistics.feedback(language == null ? "en" : language);
    }

    @POST
    @Path("/{review}/scenario")
    @RolesAllowed(Role.TRAINER)
    @Operation(summary = "Turn a coach's disagreement into a scenario under knowledge-base/scenarios/ (trainers)",
            description = "The participant's answers without name or free texts, expecting the disputed pitfall not to "
                    + "be found and the others as found; ./advisor check fails on it until the rules are fixed.")
    @APIResponse(responseCode = "201", description = "The scenario written",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DisputeScenarios.Made.class)))
    @APIResponse(responseCode = "404", description = "No such review",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The scenario of this review exists already",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The review is not a disagreement with a finding",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<DisputeScenarios.Made> scenario(@PathParam("review") String review) {
        DisputeScenarios.Made made = scenarios.make(ResourceIds.parse(review)
                .orElseThrow(() -> new NotFoundProblem(m -> m.noReview(review))));
        return RestResponse.status(RestResponse.Status.CREATED, made);
    }
}
