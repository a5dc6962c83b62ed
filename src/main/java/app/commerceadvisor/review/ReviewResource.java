package app.commerceadvisor.review;

import app.commerceadvisor.http.NotFoundProblem;
import app.commerceadvisor.http.Problem;
import app.commerceadvisor.http.ResourceIds;
import app.commerceadvisor.security.Caller;
import app.commerceadvisor.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Coaches review the assessments of the cohorts they coach, finding by finding and with a summary note; the
 * participant reads the reviews with their report. Who may reach an assessment at all is decided for every
 * path under it by the assessment access filter.
 */
@Path("/api/assessments")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewResource {

    private final Reviews reviews;
    private final Caller caller;

    ReviewResource(Reviews reviews, Caller caller) {
        this.reviews = reviews;
        this.caller = caller;
    }

    @GET
    @Path("/{id}/reviews")
    @RolesAllowed({ Role.PARTICIPANT, Role.COACH, Role.TRAINER })
    @Operation(summary = "The coaches' reviews of an assessment, each with what it said before its edits")
    @APIResponse(responseCode = "200", description = "The reviews; the summary notes first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ReviewView.class)))
    @APIResponse(responseCode = "404", description = "No assessment the caller may read has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<ReviewView> reviews(@PathParam("id") String id) {
        return reviews.of(assessmentId(id));
    }

    @PUT
    @Path("/{id}/reviews/summary")
    @RolesAllowed(Role.COACH)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write or edit the caller's summary note on an assessment (coaches of its cohort)")
    @APIResponse(responseCode = "200", description = "The note with its history",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewView.class)))
    @APIResponse(responseCode = "400", description = "No note, a note over 2,000 characters, or a verdict; nothing was stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No assessment of a cohort the caller coaches has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReviewView summary(@PathParam("id") String id, ReviewRequest request) {
        return reviews.reviewSummary(assessmentId(id), request, me());
    }

    @PUT
    @Path("/{id}/reviews/{finding}")
    @RolesAllowed(Role.COACH)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Agree, disagree or be unsure about one finding, with a note (coaches of its cohort)",
            description = "The finding is named by its id or its pitfall in the latest revision. One review per coach "
                    + "and pitfall: sending it again edits it, and what it said before is kept; it stays with the finding "
                    + "through later revisions.")
    @APIResponse(responseCode = "200", description = "The review with its history",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewView.class)))
    @APIResponse(responseCode = "400", description = "A verdict other than agree, disagree or unsure, or a note over "
            + "2,000 characters; nothing was stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such assessment of a cohort the caller coaches, or no such "
            + "finding in its latest revision; nothing was stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReviewView finding(@PathParam("id") String id, @PathParam("finding") String finding, ReviewRequest request) {
        return reviews.reviewFinding(assessmentId(id), finding, request, me());
    }

    private Caller.Snapshot me() {
        return caller.require();
    }

    private static UUID assessmentId(String id) {
        return ResourceIds.parse(id).orElseThrow(() -> NotFoundProblem.assessment(id));
    }
}
