package app.commerceadvisor.knowledge.check;

import app.commerceadvisor.knowledge.LocalizedText;
import java.util.List;
import java.util.function.Consumer;

/** The one rule every text for people obeys: it is written in each language the questionnaire serves. */
final class TextCheck {

    private TextCheck() {
    }

    static void requireText(LocalizedText text, String what, List<String> languages, Consumer<String> report) {
        List<String> missing = text == null ? languages : text.missing(languages);
        if (!missing.isEmpty()) {
            report.accept(what + " is missing in " + String.join(", ", missing));
        }
    }
}
