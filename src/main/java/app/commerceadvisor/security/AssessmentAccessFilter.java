package app.commerceadvisor.security;

import app.commerceadvisor.http.ResourceIds;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;

/**
 * Applies {@link AssessmentAccess} to every path under {@code /api/assessments/{id}} and the pages under
 * {@code /assessments/{id}}, whatever endpoint answers it, so that an endpoint added there later is guarded
 * without a line of its own. Changing the answers (PATCH in the API, the answers form of the pages) needs the
 * owner; everything else there needs the right to read. The roles each endpoint allows are checked before this,
 * by its {@code @RolesAllowed}.
 */
class AssessmentAccessFilter {

    private static final Pattern ASSESSMENT_PATH = Pattern.compile("^(/api)?/assessments/([^/]+)(/.*)?$");

    private final AssessmentAccess access;
    private final Caller caller;

    AssessmentAccessFilter(AssessmentAccess access, Caller caller) {
        this.access = access;
        this.caller = caller;
    }

    /**
     * After the CSRF filter: a refusal here is answered on the pages with an error page drawn in the pages'
     * frame, whose sign-out form needs the CSRF token that filter sets (without it the 404 page failed with a 500).
     * That filter waits for a form body to be read ({@code @WithFormRead}), which puts it after every filter that
     * does not, so this one waits too. Among those filters RESTEasy Reactive (Quarkus 3.33) runs the lower
     * priority later, found by trying: {@code USER - 10} runs after the CSRF filter's {@code USER}.
     */
    @ServerRequestFilter(priority = Priorities.USER - 10)
    @WithFormRead
    void check(ContainerRequestContext request) {
        Matcher path = ASSESSMENT_PATH.matcher(request.getUriInfo().getPath());
        if (!path.matches()) {
            return;
        }
        ResourceIds.parse(path.group(2)).ifPresent(id -> caller.get().ifPresent(who -> {
            if ("PATCH".equals(request.getMethod()) || (path.group(1) == null && "POST".equals(request.getMethod())
                    && "/answers".equals(path.group(3)))) {
                access.requireOwned(id, who);
            } else {
                access.requireReadable(id, who);
            }
        }));
    }
}
