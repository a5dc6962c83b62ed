package app.commerceadvisor.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.qute.i18n.Message;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Chinese texts of {@code messages/msg_zh.properties} against the messages of {@link ProblemMessages}:
 * a message without a Chinese text, or a Chinese text that forgets a value or slips into English, fails
 * the build.
 */
class ProblemMessagesTest {

    /** A Qute expression or section tag of a template: {@code {id}}, {@code {status.code}}, {@code {#if reason}}. */
    private static final Pattern TAG = Pattern.compile("\\{[#/]?([a-zA-Z]*)[^{}]*}");

    /**
     * The words of the API itself, which stay as they are in every language: the fields of the request
     * bodies, JSON values and the example question id, the media type and encodings the API reads.
     */
    private static final List<String> API_WORDS = List.of("application/json", "UTF-8", "Unicode", "JSON",
            "participant", "language", "answers", "skipped", "content-lead", "true", "false", "yes", "no", "null",
            "zh", "lang", "HTTP Basic", "note", "verdict", "CSRF", "Content-Type");

    private static Map<String, String> chinese;

    @BeforeAll
    static void readChinese() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ProblemMessagesTest.class.getResourceAsStream("/messages/msg_zh.properties");
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        chinese = new TreeMap<>();
        properties.forEach((key, value) -> chinese.put((String) key, (String) value));
    }

    @Test
    void everyMessageHasAChineseTextAndNothingElseHasOne() {
        assertThat(chinese.keySet()).containsExactlyInAnyOrderElementsOf(
                messages().stream().map(Method::getName).toList());
    }

    @Test
    void everyChineseTextUsesEveryValueOfItsMessage() {
        for (Method message : messages()) {
            String text = chinese.get(message.getName());
            assertThat(text).as(message.getName()).isNotBlank();
            List<String> used = expressionRoots(text);
            for (Parameter parameter : message.getParameters()) {
                assertThat(used).as("the Chinese text of %s uses {%s}", message.getName(), parameter.getName())
                        .contains(parameter.getName());
            }
        }
    }

    @Test
    void chineseTextsAreChineseApartFromTheirValuesAndTheApisOwnWords() {
        for (Map.Entry<String, String> text : chinese.entrySet()) {
            String rest = TAG.matcher(text.getValue()).replaceAll("");
            for (String word : API_WORDS) {
                rest = rest.replaceAll("(?<![A-Za-z])" + Pattern.quote(word) + "(?![A-Za-z])", "");
            }
            assertThat(rest).as("%s=%s, apart from values and the API's words", text.getKey(), text.getValue())
                    .doesNotContainPattern("[A-Za-z]")
                    .containsPattern("\\p{IsHan}");
        }
    }

    @Test
    void everyEnglishTextIsWrittenOnItsMessage() {
        for (Method message : messages()) {
            assertThat(message.getAnnotation(Message.class).value()).as(message.getName()).isNotBlank();
        }
    }

    @Test
    void outsideTheServiceEnglishIsWordedFromTheAnnotations() {
        ProblemMessages english = ProblemLanguage.messages(ProblemLanguage.ENGLISH);

        assertThat(english.unknownQuestion("favourite-colour")).isEqualTo("unknown question id 'favourite-colour'");
        assertThat(english.notWellFormedJson(english.position(1, 7), "")).isEqualTo("is not well-formed JSON at line 1, column 7");
        assertThat(english.notWellFormedJson("", "Unexpected end-of-input")).isEqualTo("is not well-formed JSON (Unexpected end-of-input)");
        assertThat(english.otherStatus(new HttpStatus(406, "Not Acceptable"))).isEqualTo("Not Acceptable");
        assertThat(english.answersRequired()).isEqualTo("is required: an object keyed by question id ({} when nothing is answered)");
        ProblemText kind = ProblemMessages::kindNumber;
        assertThat(((ProblemText) m -> m.expectedYesNo(kind.in(m))).english())
                .isEqualTo("expected true or false (or \"yes\"/\"no\"), got a number");
    }

    @Test
    void theLanguageIsTheLangParameterThenAcceptLanguageThenEnglish() {
        assertThat(ProblemLanguage.of("zh", Stream.of("en"))).isEqualTo("zh");
        assertThat(ProblemLanguage.of("en", Stream.of("zh-CN"))).isEqualTo("en");
        assertThat(ProblemLanguage.of("fr", Stream.of("zh-CN"))).isEqualTo("zh");
        assertThat(ProblemLanguage.of(null, Stream.of("zh-Hans"))).isEqualTo("zh");
        assertThat(ProblemLanguage.of(null, Stream.of("sv-SE", "zh"))).isEqualTo("zh");
        assertThat(ProblemLanguage.of(null, Stream.of("sv-SE", "fr"))).isEqualTo("en");
        assertThat(ProblemLanguage.of(null, Stream.of("en-GB", "zh"))).isEqualTo("en");
        assertThat(ProblemLanguage.of(null, Stream.of("*"))).isEqualTo("en");
        assertThat(ProblemLanguage.of(null, Stream.empty())).isEqualTo("en");
    }

    private static List<Method> messages() {
        return Arrays.stream(ProblemMessages.class.getMethods())
                .filter(method -> method.isAnnotationPresent(Message.class))
                .sorted(Comparator.comparing(Method::getName))
                .toList();
    }

    /** The names a template's expressions start from: {@code status} for {@code {status.code}}. */
    private static List<String> expressionRoots(String template) {
        Matcher tag = Pattern.compile("\\{#?(?:if |each )?([a-zA-Z]+)[^{}]*}").matcher(template);
        return tag.results().map(result -> result.group(1)).collect(Collectors.toList());
    }
}
