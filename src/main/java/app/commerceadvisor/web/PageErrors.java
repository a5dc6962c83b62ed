package app.commerceadvisor.web;

import app.commerceadvisor.http.ErrorPages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Errors on the pages as pages, and the way to the sign-in page when a page needs a signed-in reader. */
@ApplicationScoped
class PageErrors implements ErrorPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(PageFrame frame, int status, String title, String detail);
    }

    private final Instance<Pages> pages;

    PageErrors(Instance<Pages> pages) {
        this.pages = pages;
    }

    @Override
    public Response signIn(UriInfo uri) {
        if (SIGN_IN_POST.equals(uri.getPath())) {
            return Response.seeOther(URI.create("/sign-in?failed=true")).build();
        }
        String asked = uri.getRequestUri().getRawPath()
                + (uri.getRequestUri().getRawQuery() == null ? "" : "?" + uri.getRequestUri().getRawQuery());
        return Response.seeOther(URI.create("/sign-in?next=" + URLEncoder.encode(asked, StandardCharsets.UTF_8)))
                .build();
    }

    @Override
    public Response error(int status, String detail, UriInfo uri, HttpHeaders headers) {
        Pages current = pages.get();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(page(status, detail, current.frame().withoutForms())).build();
    }

    /** The error page's HTML. */
    String page(int status, String detail, PageFrame frame) {
        PageLabels labels = pages.get().labels();
        String title = switch (status) {
            case 404 -> labels.notFoundTitle();
            case 403 -> labels.forbiddenTitle();
            default -> labels.errorTitle();
        };
        return Templates.error(frame, status, title, detail).setLocale(frame.locale()).render();
    }
}
