package app.commerceadvisor.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.LanguageHeader;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Answers a request whose declared body is over {@code advisor.api.max-body-bytes} with 413
 * problem+json before any of the body is read, whatever its size. It runs ahead of the HTTP server's
 * own size check (route order -2), which would answer with an empty body, and ahead of every endpoint.
 * Bodies without a declared length are counted while they are read ({@link RequestBodyLimit}).
 */
@ApplicationScoped
class OversizedBodyGuard {

    /** Before the HTTP server's own body-size route, which has order -2. */
    private static final int ORDER = -3;

    private final ApiConfig config;
    private final ObjectMapper json;

    OversizedBodyGuard(ApiConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        String declared = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared == null || !isOver(declared, config.maxBodyBytes())) {
            context.next();
            return;
        }
        context.response()
                .setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE)
                .end(body(request.path(), config.maxBodyBytes(), language(context)));
    }

    private static boolean isOver(String declared, long limit) {
        try {
            return Long.parseLong(declared.strip()) > limit;
        } catch (NumberFormatException e) {
            return true; // a length beyond any long, or not a number: the HTTP server refuses the latter anyway
        }
    }

    /** The language of the request, as {@link ProblemMappers} finds it, from what Vert.x has parsed. */
    private static String language(RoutingContext context) {
        try {
            return ProblemLanguage.of(context.queryParams().get("lang"),
                    context.acceptableLanguages().stream().map(LanguageHeader::tag));
        } catch (RuntimeException e) {
            return ProblemLanguage.ENGLISH;
        }
    }

    private String body(String path, long limit, String language) {
        try {
            return json.writeValueAsString(PayloadTooLargeException.problem(path, limit, ProblemLanguage.messages(language)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a problem answer", e);
        }
    }
}
