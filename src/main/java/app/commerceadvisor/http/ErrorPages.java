package app.commerceadvisor.http;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * How an error is answered to a browser on one of the pages (every path outside {@code /api/}): a page in
 * words instead of problem+json, and a way to the sign-in page instead of an HTTP Basic challenge. The API
 * keeps its problem+json answers.
 */
public interface ErrorPages {

    /** The cookie that keeps the language a reader chose for the pages. */
    String LANGUAGE_COOKIE = "advisor-lang";

    /** Where the sign-in form posts (Quarkus' form authentication). */
    String SIGN_IN_POST = "/j_security_check";

    /** Whether the request is for a page rather than the API. */
    static boolean isPage(UriInfo uri) {
        String path = uri.getPath();
        return !path.startsWith("/api/") && !path.equals("/api") && !path.startsWith("/q/") && !path.equals(SIGN_IN_POST);
    }

    /**
     * Not signed in: on to the sign-in page, coming back to the page asked for afterwards; a wrong password
     * posted by the sign-in form shows the sign-in page again, saying so.
     */
    Response signIn(UriInfo uri);

    /** An error as a page; {@code detail} is already worded for the reader. */
    Response error(int status, String detail, UriInfo uri, HttpHeaders headers);
}
