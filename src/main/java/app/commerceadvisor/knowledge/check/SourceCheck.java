package app.commerceadvisor.knowledge.check;

import app.commerceadvisor.knowledge.Source;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** A citation names a document listed in documents.yaml and a section of it. */
final class SourceCheck {

    private SourceCheck() {
    }

    static void check(List<Source> sources, Set<String> documentFiles, String what, Consumer<String> report) {
        for (Source source : sources) {
            if (source.document() == null || !documentFiles.contains(source.document())) {
                report.accept(what + ": source document '" + source.document() + "' is not listed in documents.yaml");
            }
            if (source.section() == null || source.section().isBlank()) {
                report.accept(what + ": a source of '" + source.document() + "' names no section");
            }
        }
    }
}
