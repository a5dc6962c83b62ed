package app.commerceadvisor.web;

import java.util.List;
import java.util.Locale;

/**
 * What every page shows around its content: the language and the link to the other one, who is signed in,
 * and the links of the navigation for that reader's roles.
 *
 * @param language      the page's language (en, zh)
 * @param otherLanguage the link that shows the same page in the other language
 * @param username      who is signed in, null on the sign-in page
 * @param links         the navigation, the current page marked
 * @param forms         whether the frame may show forms (the sign-out button): not on an error page answered before
 *                      the request reached its page, which has no CSRF token to put in them
 */
public record PageFrame(String language, Link otherLanguage, String username, List<Link> links, boolean forms) {

    /** One link; {@code current} marks the page being shown. */
    public record Link(String href, String label, boolean current) {
    }

    /** The same frame without forms, for error pages. */
    public PageFrame withoutForms() {
        return new PageFrame(language, otherLanguage, username, links, false);
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    public boolean signedIn() {
        return username != null;
    }
}
