package app.commerceadvisor.web;

import app.commerceadvisor.http.ProblemLanguage;
import app.commerceadvisor.security.Caller;
import app.commerceadvisor.security.Role;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.qute.i18n.Localized;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds the {@link PageFrame} of the page being answered: language, navigation for the reader's roles. */
@RequestScoped
public class Pages {

    private final PageLanguage language;
    private final Caller caller;
    private final UriInfo uri;
    private final Request request;
    private final HttpHeaders headers;

    Pages(PageLanguage language, Caller caller, UriInfo uri, Request request, HttpHeaders headers) {
        this.language = language;
        this.caller = caller;
        this.uri = uri;
        this.request = request;
        this.headers = headers;
    }

    public String language() {
        return language.get();
    }

    /** The page labels in the page's language, for texts worded in Java (chart titles, error details). */
    public PageLabels labels() {
        return MessageBundles.get(PageLabels.class, Localized.Literal.of(language.get()));
    }

    public PageFrame frame() {
        String current = uri.getPath();
        PageLabels labels = labels();
        List<PageFrame.Link> links = new ArrayList<>();
        // an error answered on the I/O thread (before any endpoint ran) cannot read the account: no navigation then
        Optional<Caller.Snapshot> who = io.vertx.core.Context.isOnEventLoopThread() ? Optional.empty() : caller.get();
        who.ifPresent(signedIn -> {
            if (signedIn.roles().contains(Role.PARTICIPANT) || signedIn.roles().contains(Role.TRAINER)) {
                links.add(link("/questionnaire", labels.navQuestionnaire(), current));
                links.add(link("/interview", labels.navInterview(), current));
            }
            links.add(link("/assessments", labels.navAssessments(), current));
            if (signedIn.roles().contains(Role.COACH) || signedIn.roles().contains(Role.TRAINER)) {
                links.add(link("/coach", labels.navCohorts(), current));
            }
            if (signedIn.roles().contains(Role.TRAINER)) {
                links.add(link("/trainer", labels.navKnowledgeBase(), current));
            }
        });
        String other = ProblemLanguage.LANGUAGES.stream().filter(tag -> !tag.equals(language.get())).findFirst()
                .orElse(ProblemLanguage.ENGLISH);
        String back = uri.getRequestUri().getRawPath()
                + (uri.getRequestUri().getRawQuery() == null ? "" : "?" + withoutLang(uri.getRequestUri().getRawQuery()));
        if (!"GET".equals(request.getMethod())) {
            // a form shown again after it was refused: back to the page the form was on, which a GET can open
            back = formPage(headers.getHeaderString("Referer"));
        }
        PageFrame.Link otherLanguage = new PageFrame.Link("/language/" + other + "?back="
                + URLEncoder.encode(back, StandardCharsets.UTF_8), other.equals("zh") ? "中文" : "English", false);
        return new PageFrame(language.get(), otherLanguage, who.map(Caller.Snapshot::username).orElse(null),
                List.copyOf(links), true);
    }

    private static PageFrame.Link link(String href, String label, String current) {
        return new PageFrame.Link(href, label, current.equals(href) || current.startsWith(href + "/"));
    }

    private static String formPage(String referer) {
        if (referer == null) {
            return "/";
        }
        try {
            URI page = URI.create(referer);
            return Pages.localPath(page.getRawPath() + (page.getRawQuery() == null ? "" : "?" + withoutLang(page.getRawQuery())));
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }

    private static String withoutLang(String query) {
        return String.join("&", java.util.Arrays.stream(query.split("&"))
                .filter(part -> !part.startsWith("lang=")).toList());
    }

    /** A path on this service to go back to after signing in or switching language; anything else is "/". */
    static String localPath(String asked) {
        if (asked == null || !asked.startsWith("/") || asked.startsWith("//") || asked.startsWith("/\\")
                || asked.chars().anyMatch(c -> c < 0x20)) {
            return "/";
        }
        return asked;
    }
}
