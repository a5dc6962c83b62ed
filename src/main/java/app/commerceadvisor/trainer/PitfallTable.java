package app.commerceadvisor.trainer;

import app.commerceadvisor.pitfall.Pitfall;
import app.commerceadvisor.knowledge.KnowledgeBase;
import app.commerceadvisor.pitfall.PitfallCatalogue;
import app.commerceadvisor.pitfall.RecommendationConflict;
import app.commerceadvisor.pitfall.SourceView;
import java.util.stream.Collectors;

/**
 * The pitfall catalogue as a Markdown page, {@code docs/pitfalls.md}: written by {@code ./advisor docs}
 * and compared by {@code ./advisor check}, so that no trainer pastes a table row by hand.
 */
final class PitfallTable {

    private PitfallTable() {
    }

    static String markdown(KnowledgeBase knowledgeBase, String language) {
        PitfallCatalogue catalogue = knowledgeBase.pitfalls();
        StringBuilder out = new StringBuilder();
        out.append("# Pitfall catalogue\n\n")
                .append("Written by `./advisor docs` from `knowledge-base/pitfalls/`; `./advisor check` fails when it is out of date.\n")
                .append("Edit the pitfall files, not this page. Titles in `").append(language).append("`; each pitfall is\n")
                .append("served in every language of the questionnaire by `GET /api/pitfalls?lang=…`.\n\n")
                .append("Findings are listed by urgency, then severity; a finding whose root cause is found too is listed\n")
                .append("right after it. Sources are given by document title (file name in brackets) and section heading.\n\n")
                .append("| id | area | severity | urgency | root cause | title | sources |\n")
                .append("|---|---|---|---|---|---|---|\n");
        for (Pitfall pitfall : catalogue.all()) {
            String sources = pitfall.sources().stream()
                    .map(source -> SourceView.of(source, knowledgeBase, language))
                    .map(source -> source.title() + " (" + source.document() + ") § "
                            + (source.sectionTitle() == null ? source.section() : source.sectionTitle()))
                    .collect(Collectors.joining("; "));
            out.append("| `").append(pitfall.id()).append("` | ").append(pitfall.area()).append(" | ")
                    .append(pitfall.severity().id()).append(" | ").append(pitfall.urgency().id()).append(" | ")
                    .append(pitfall.rootCause() == null ? "" : "`" + pitfall.rootCause() + "`").append(" | ")
                    .append(cell(pitfall.title().in(language)))
                    .append(" | ").append(cell(sources)).append(" |\n");
        }
        if (!catalogue.conflicts().isEmpty()) {
            out.append("\n## Conflicting recommendations\n\n")
                    .append("From `knowledge-base/conflicts.yaml`: when both pitfalls are found, the first one's advice stands and\n")
                    .append("the second one's recommendation is shown reworded.\n\n")
                    .append("| id | prevails | yields | also found |\n")
                    .append("|---|---|---|---|\n");
            for (RecommendationConflict conflict : catalogue.conflicts()) {
                out.append("| `").append(conflict.id()).append("` | `").append(conflict.prevails()).append("` | `")
                        .append(conflict.yields()).append("` | ")
                        .append(conflict.alsoFound().stream().map(id -> "`" + id + "`").collect(Collectors.joining(", ")))
                        .append(" |\n");
            }
        }
        return out.toString();
    }

    private static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
    }
}
