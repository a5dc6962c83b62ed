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
 */
public record PageFrame(String language, Link otherLanguage, String username, List<Link> links) {

    /** One link; {@code current} marks the page being shown. */
    public record Link(String href, String label, boolean current) {
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    public boolean signedIn() {
        return username != null;
    }
}
