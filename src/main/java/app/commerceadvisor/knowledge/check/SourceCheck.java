package app.commerceadvisor.knowledge.check;

import app.commerceadvisor.knowledge.Source;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A citation names a document listed in documents.yaml, a section of it with the heading in every
 * language, and a short quote of the passage a reader can find in the document.
 */
final class SourceCheck {

    /** The longest quote a source may carry: a sentence or two, not a copy of the passage. */
    static final int MAX_QUOTE_LENGTH = 300;

    private SourceCheck() {
    }

    /**
     * Checks citations that only trainers read (a threshold's): a listed document and a section. A heading
     * and a quote are welcome but not required.
     */
    static void checkCited(List<Source> sources, Set<String> documentFiles, String what, Consumer<String> report) {
        check(sources, documentFiles, null, what, report);
    }

    /** Checks citations a participant reads in findings: with the heading in each of {@code languages} and a quote. */
    static void check(List<Source> sources, Set<String> documentFiles, List<String> languages, String what,
            Consumer<String> report) {
        for (Source source : sources) {
            if (source.document() == null || !documentFiles.contains(source.document())) {
                report.accept(what + ": source document '" + source.document() + "' is not listed in documents.yaml");
            }
            if (source.section() == null || source.section().isBlank()) {
                report.accept(what + ": a source of '" + source.document() + "' names no section");
                continue;
            }
            if (languages == null) {
                continue;
            }
            String cited = what + ": source '" + source.section() + "'";
            TextCheck.requireText(source.sectionTitle(), cited + " sectionTitle", languages, report);
            if (source.quote() == null || source.quote().isBlank()) {
                report.accept(cited + " has no quote; quote the passage (in the document's language) a reader can verify");
            } else if (source.quote().strip().length() > MAX_QUOTE_LENGTH) {
                report.accept(cited + ": the quote is " + source.quote().strip().length() + " characters long; keep it to "
                        + MAX_QUOTE_LENGTH + " (a sentence or two)");
            }
        }
    }
}
