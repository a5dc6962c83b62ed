package app.commerceadvisor.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * A form (application/x-www-form-urlencoded or multipart) posted to the API without the CSRF token of a page
 * is refused by the CSRF filter with a bare 400, before any endpoint runs: a page of another site could
 * otherwise make a browser that remembers its HTTP Basic password call the API. This words that refusal as
 * problem+json like every other error of the API. (On the pages, {@code web/RefusedFormPage} answers it.)
 */
class RefusedFormProblem {

    @ServerResponseFilter
    void explain(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == 400 && !response.hasEntity() && !"GET".equals(request.getMethod())
                && !ErrorPages.isPage(request.getUriInfo())) {
            String language = ProblemLanguage.ofRequest(
                    () -> request.getUriInfo().getQueryParameters().getFirst("lang"), request::getAcceptableLanguages);
            Problem problem = new Problem("about:blank", "Bad Request", 400,
                    ProblemLanguage.messages(language).formWithoutCsrfToken(), request.getUriInfo().getPath(),
                    List.of(new FieldError("Content-Type", ProblemLanguage.messages(language).bodyNotJson())));
            response.setEntity(problem, null, MediaType.valueOf(Problem.MEDIA_TYPE));
        }
    }
}
