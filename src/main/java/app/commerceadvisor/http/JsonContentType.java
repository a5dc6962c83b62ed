package app.commerceadvisor.http;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/**
 * An endpoint that reads JSON reads it in UTF-8 only. A body sent to it as anything else, as
 * {@code *}{@code /*} or without a Content-Type is refused with 415 before it is read, instead of being
 * guessed at. Runs once the endpoint is known, so a wrong method or path still gets its 405 or 404.
 */
class JsonContentType {

    private static final int QUOTED_LENGTH = 80;

    /** Whether each endpoint reads JSON, by class, method and parameter types, worked out once. */
    private final Map<List<Object>, Boolean> readsJson = new ConcurrentHashMap<>();

    @ServerRequestFilter
    void requireJson(ContainerRequestContext request, SimpleResourceInfo endpoint) {
        if (endpoint == null || endpoint.getResourceClass() == null || !readsJson.computeIfAbsent(
                List.of(endpoint.getResourceClass(), endpoint.getMethodName(), List.of(endpoint.parameterTypes())),
                key -> readsJson(endpoint))) {
            return;
        }
        String header = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (header == null || header.isBlank()) {
            throw new UnsupportedMediaTypeProblem(notJson(header));
        }
        MediaType type;
        try {
            type = MediaType.valueOf(header);
        } catch (IllegalArgumentException e) {
            String quoted = quoted(header);
            throw new UnsupportedMediaTypeProblem(m -> m.contentTypeInvalid(quoted));
        }
        if (!"application".equalsIgnoreCase(type.getType()) || !"json".equalsIgnoreCase(type.getSubtype())) {
            throw new UnsupportedMediaTypeProblem(notJson(header));
        }
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !"utf-8".equalsIgnoreCase(charset.strip())) {
            String quoted = quoted(charset);
            throw new UnsupportedMediaTypeProblem(m -> m.charsetNotUtf8(quoted));
        }
    }

    /** The message for a body the endpoint cannot read, also when the framework refuses it first. */
    static ProblemText notJson(String header) {
        if (header == null || header.isBlank()) {
            return ProblemMessages::contentTypeMissing;
        }
        String quoted = quoted(header);
        return m -> m.contentTypeNotJson(quoted);
    }

    private static boolean readsJson(SimpleResourceInfo endpoint) {
        Consumes consumes = null;
        for (Method method : endpoint.getResourceClass().getMethods()) {
            if (method.getName().equals(endpoint.getMethodName())
                    && Arrays.equals(method.getParameterTypes(), endpoint.parameterTypes())) {
                consumes = method.getAnnotation(Consumes.class);
            }
        }
        if (consumes == null) {
            consumes = endpoint.getResourceClass().getAnnotation(Consumes.class);
        }
        return consumes != null && Arrays.stream(consumes.value())
                .anyMatch(value -> MediaType.valueOf(value).isCompatible(MediaType.APPLICATION_JSON_TYPE));
    }

    private static String quoted(String value) {
        return value.length() <= QUOTED_LENGTH ? value : value.substring(0, QUOTED_LENGTH) + "…";
    }
}
