package app.commerceadvisor.trainer;

import app.commerceadvisor.pitfall.Pitfall;
import app.commerceadvisor.pitfall.PitfallCatalogue;
import java.util.stream.Collectors;

/**
 * The pitfall catalogue as a Markdown page, {@code docs/pitfalls.md}: written by {@code ./advisor docs}
 * and compared by {@code ./advisor check}, so that no trainer pastes a table row by hand.
 */
final class PitfallTable {

    private PitfallTable() {
    }

    static String markdown(PitfallCatalogue catalogue, String language) {
        StringBuilder out = new StringBuilder();
        out.append("# Pitfall catalogue\n\n")
                .append("Written by `./advisor docs` from `knowledge-base/pitfalls/`; `./advisor check` fails when it is out of date.\n")
                .append("Edit the pitfall files, not this page. Titles in `").append(language).append("`; each pitfall is\n")
                .append("served in every language of the questionnaire by `GET /api/pitfalls?lang=…`.\n\n")
                .append("| id | area | severity | title | sources |\n")
                .append("|---|---|---|---|---|\n");
        for (Pitfall pitfall : catalogue.all()) {
            String sources = pitfall.sources().stream()
                    .map(source -> source.document() + " § " + source.section())
                    .collect(Collectors.joining("; "));
            out.append("| `").append(pitfall.id()).append("` | ").append(pitfall.area()).append(" | ")
                    .append(pitfall.severity().id()).append(" | ").append(cell(pitfall.title().in(language)))
                    .append(" | ").append(cell(sources)).append(" |\n");
        }
        return out.toString();
    }

    private static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
    }
}
