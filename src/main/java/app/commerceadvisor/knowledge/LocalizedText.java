package app.commerceadvisor.knowledge;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** A text for people in each language the knowledge base serves, e.g. {@code {en: ..., zh: ...}}. */
public record LocalizedText(Map<String, String> texts) {

    /**
     * A space next to a Chinese character or Chinese punctuation, with Chinese or a quotation mark on the
     * other side. YAML puts one wherever a folded text (">-") breaks a line, and Chinese is written
     * without them.
     */
    private static final Pattern FOLDED_CJK_SPACE = Pattern.compile(
            "(?<=[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF]) (?=[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF\\u2018-\\u201D])"
                    + "|(?<=[\\u2018-\\u201D]) (?=[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF])");

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public LocalizedText {
        Map<String, String> joined = new LinkedHashMap<>();
        if (texts != null) {
            texts.forEach((language, text) ->
                    joined.put(language, text == null ? null : FOLDED_CJK_SPACE.matcher(text).replaceAll("")));
        }
        texts = joined;
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
