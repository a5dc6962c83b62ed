package app.commerceadvisor.web;

import app.commerceadvisor.security.Caller;
import app.commerceadvisor.security.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signing in and out, the start page that sends each reader to their own pages, and the language switch.
 * The form posts to Quarkus' {@code /j_security_check}; the page sets the cookie that brings the reader back to
 * the page they asked for; a wrong password brings the browser back here (see {@link PageErrors}).
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class SignInPage {

    /** Where Quarkus' form sign-in sends the browser after a successful sign-in (see application.properties). */
    static final String LOCATION_COOKIE = "quarkus-redirect-location";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signIn(PageFrame frame, boolean failed, boolean signedOut);
    }

    private final Pages pages;
    private final Caller caller;
    private final UriInfo uri;
    private final String credentialCookie;

    SignInPage(Pages pages, Caller caller, UriInfo uri,
            @ConfigProperty(name = "quarkus.http.auth.form.cookie-name", defaultValue = "quarkus-credential")
            String credentialCookie) {
        this.pages = pages;
        this.caller = caller;
        this.uri = uri;
        this.credentialCookie = credentialCookie;
    }

    /** The start page: each reader's own first page, or the sign-in page. */
    @GET
    public Response start() {
        return caller.get().map(who -> {
            String home = who.roles().contains(Role.TRAINER) ? "/trainer"
                    : who.roles().contains(Role.COACH) ? "/coach" : "/assessments";
            return Response.seeOther(URI.create(home)).build();
        }).orElseGet(() -> Response.seeOther(URI.create("/sign-in")).build());
    }

    @GET
    @Path("sign-in")
    public Response signIn(@QueryParam("next") String next, @QueryParam("failed") boolean failed,
            @QueryParam("signed-out") boolean signedOut) {
        String back = Pages.localPath(next);
        // Quarkus' form sign-in redirects to this cookie's URL once the password is right
        NewCookie comeBack = new NewCookie.Builder(LOCATION_COOKIE)
                .value(uri.getBaseUri().resolve(back).toString()).path("/").httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT).build();
        return Response.ok(Templates.signIn(pages.frame(), failed, signedOut).setLocale(pages.frame().locale()))
                .cookie(comeBack).build();
    }

    /** Signs out: the session cookie is dropped (it is the whole session; nothing is kept on the server). */
    @POST
    @Path("sign-out")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signOut() {
        NewCookie gone = new NewCookie.Builder(credentialCookie).value("").path("/").maxAge(0).httpOnly(true).build();
        return Response.seeOther(URI.create("/sign-in?signed-out=true")).cookie(gone).build();
    }

    /** Shows the pages in {@code lang} from now on and goes back to the page the link was on. */
    @GET
    @Path("language/{lang}")
    public Response language(@PathParam("lang") String lang, @QueryParam("back") String back) {
        if (!app.commerceadvisor.http.ProblemLanguage.LANGUAGES.contains(lang)) {
            return Response.seeOther(URI.create(Pages.localPath(back))).build();
        }
        return Response.seeOther(URI.create(Pages.localPath(back))).cookie(PageLanguage.remember(lang)).build();
    }
}
