package app.commerceadvisor.web;

import app.commerceadvisor.http.ErrorPages;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * A page's form refused before it reached its page (its CSRF token missing, expired or not matching the
 * cookie: the CSRF filter answers a bare 400) is answered with a page saying so and what to do, instead of an
 * empty one. The reader's answers are still in the browser's draft.
 */
class RefusedFormPage {

    private final PageErrors errors;
    private final Pages pages;

    RefusedFormPage(PageErrors errors, Pages pages) {
        this.errors = errors;
        this.pages = pages;
    }

    @ServerResponseFilter
    void explain(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == 400 && !response.hasEntity() && "POST".equals(request.getMethod())
                && ErrorPages.isPage(request.getUriInfo())) {
            response.setEntity(errors.page(400, pages.labels().formRefused(), pages.frame().withoutForms()),
                    null, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        }
    }
}
