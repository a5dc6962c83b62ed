package app.commerceadvisor.knowledge;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A text for people in each language the knowledge base serves, e.g. {@code {en: ..., zh: ...}}. */
public record LocalizedText(Map<String, String> texts) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public LocalizedText {
        texts = texts == null ? Map.of() : new LinkedHashMap<>(texts);
    }

    /** The text in {@code language}, or the English one if that language is missing. */
    public String in(String language) {
        String text = texts.get(language);
        return text != null ? text : texts.get("en");
    }

    /** The languages among {@code languages} that have no (or a blank) text. */
    public List<String> missing(List<String> languages) {
        return languages.stream()
                .filter(language -> texts.get(language) == null || texts.get(language).isBlank())
                .toList();
    }

    @JsonValue
    public Map<String, String> texts() {
        return texts;
    }
}
