package app.commerceadvisor.web;

import app.commerceadvisor.http.ErrorPages;
import app.commerceadvisor.http.ProblemLanguage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;

/**
 * The language of the pages for the current request: {@code ?lang=} when it names one of the pages'
 * languages, else the one the reader chose before (a cookie set by the language link on every page), else the
 * browser's {@code Accept-Language}, else English.
 */
@RequestScoped
public class PageLanguage {

    private final UriInfo uri;
    private final HttpHeaders headers;
    private String language;

    PageLanguage(UriInfo uri, HttpHeaders headers) {
        this.uri = uri;
        this.headers = headers;
    }

    public String get() {
        if (language == null) {
            String asked = uri.getQueryParameters().getFirst("lang");
            Cookie chosen = headers.getCookies().get(ErrorPages.LANGUAGE_COOKIE);
            if ((asked == null || !ProblemLanguage.LANGUAGES.contains(asked)) && chosen != null) {
                asked = chosen.getValue();
            }
            String chosenOrAsked = asked;
            language = ProblemLanguage.ofRequest(() -> chosenOrAsked, headers::getAcceptableLanguages);
        }
        return language;
    }

    public Locale locale() {
        return Locale.forLanguageTag(get());
    }

    /** The cookie that keeps {@code chosen} for the following pages (a year; not readable by scripts). */
    static NewCookie remember(String chosen) {
        return new NewCookie.Builder(ErrorPages.LANGUAGE_COOKIE).value(chosen).path("/").maxAge(365 * 24 * 3600)
                .httpOnly(true).sameSite(NewCookie.SameSite.LAX).build();
    }
}
