package app.commerceadvisor.security;

import app.commerceadvisor.http.ResourceIds;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Applies {@link AssessmentAccess} to every path under {@code /api/assessments/{id}} and the pages under
 * {@code /assessments/{id}}, whatever endpoint
 * answers it, so that an endpoint added there later is guarded without a line of its own. Changing the
 * answers (PATCH in the API, the answers form of the pages) needs the owner; everything else there needs the
 * right to read. The roles each endpoint allows
 * are checked before this, by its {@code @RolesAllowed}.
 */
class AssessmentAccessFilter {

    private static final Pattern ASSESSMENT_PATH = Pattern.compile("^(/api)?/assessments/([^/]+)(/.*)?$");

    private final AssessmentAccess access;
    private final Caller caller;

    AssessmentAccessFilter(AssessmentAccess access, Caller caller) {
        this.access = access;
        this.caller = caller;
    }

    @ServerRequestFilter
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
