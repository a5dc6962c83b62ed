package app.commerceadvisor.http;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.qute.Engine;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundles;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The language an error answer is written in: the {@code lang} query parameter when it names a language
 * the messages are written in, otherwise the first such language of the {@code Accept-Language} header
 * ({@code zh}, {@code zh-CN}, {@code zh-Hans} … are all Chinese), otherwise English.
 */
public final class ProblemLanguage {

    public static final String ENGLISH = "en";

    /** The languages of {@link ProblemMessages}: English in the interface, the others in messages/msg_*.properties. */
    public static final List<String> LANGUAGES = List.of(ENGLISH, "zh");

    private ProblemLanguage() {
    }

    /**
     * @param lang             the {@code lang} query parameter, or null
     * @param acceptedLanguages the language tags of {@code Accept-Language}, most wanted first
     */
    public static String of(String lang, Stream<String> acceptedLanguages) {
        if (lang != null && LANGUAGES.contains(lang)) {
            return lang;
        }
        return acceptedLanguages
                .map(tag -> Locale.forLanguageTag(tag.strip()).getLanguage())
                .filter(LANGUAGES::contains)
                .findFirst()
                .orElse(ENGLISH);
    }

    /**
     * As {@link #of}, reading the request's {@code lang} and accepted languages only here: English when either
     * cannot be read (a malformed query string or {@code Accept-Language} header), so that an error about such a
     * request can still be answered.
     */
    public static String ofRequest(Supplier<String> lang, Supplier<List<Locale>> acceptedLanguages) {
        try {
            return of(lang.get(), acceptedLanguages.get().stream().map(Locale::toLanguageTag));
        } catch (RuntimeException malformed) {
            return ENGLISH;
        }
    }

    /**
     * The messages in {@code language}, one of {@link #LANGUAGES}. Outside the service (the trainers'
     * check command, plain unit tests) there is no container and so no bundle: the English texts are then
     * rendered from the {@link Message} annotations by a Qute engine of their own.
     */
    public static ProblemMessages messages(String language) {
        ArcContainer container = Arc.container();
        if (container != null && container.isRunning()) {
            return MessageBundles.get(ProblemMessages.class, Localized.Literal.of(language));
        }
        return AnnotatedEnglish.MESSAGES;
    }

    /** The English of the {@link Message} annotations, for code that runs without the container. */
    private static final class AnnotatedEnglish {

        private static final Engine ENGINE = Engine.builder().addDefaults()
                .addValueResolver(new ReflectionValueResolver()).build();
        private static final Map<Method, Template> TEMPLATES = new ConcurrentHashMap<>();
        private static final Object PLAIN = new Object();

        static final ProblemMessages MESSAGES = (ProblemMessages) Proxy.newProxyInstance(
                ProblemMessages.class.getClassLoader(), new Class<?>[] {ProblemMessages.class},
                (proxy, method, args) -> {
                    Message message = method.getAnnotation(Message.class);
                    if (message == null) {
                        return method.invoke(PLAIN, args); // toString, hashCode, equals
                    }
                    TemplateInstance text = TEMPLATES.computeIfAbsent(method, m -> ENGINE.parse(message.value()))
                            .instance();
                    Parameter[] parameters = method.getParameters();
                    for (int i = 0; i < parameters.length; i++) {
                        text.data(parameters[i].getName(), args[i]);
                    }
                    return text.render();
                });
    }
}
