package app.commerceadvisor.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The API reads request bodies as JSON in UTF-8 only. A body sent as anything else, as {@code *}{@code /*}
 * or without a Content-Type is refused with 415 before it is read, instead of being guessed at.
 */
class JsonContentType {

    private static final Set<String> METHODS_WITH_BODY = Set.of("POST", "PUT", "PATCH");
    private static final int QUOTED_LENGTH = 80;

    @ServerRequestFilter(preMatching = true)
    void requireJson(ContainerRequestContext request) {
        if (!METHODS_WITH_BODY.contains(request.getMethod()) || !request.getUriInfo().getPath().startsWith("/api/")) {
            return;
        }
        String header = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (header == null || header.isBlank()) {
            throw new UnsupportedMediaTypeProblem("is missing; send the body as application/json");
        }
        MediaType type;
        try {
            type = MediaType.valueOf(header);
        } catch (IllegalArgumentException e) {
            throw new UnsupportedMediaTypeProblem("'" + quoted(header) + "' is not a media type; send application/json");
        }
        if (!"application".equalsIgnoreCase(type.getType()) || !"json".equalsIgnoreCase(type.getSubtype())) {
            throw new UnsupportedMediaTypeProblem("is '" + quoted(header) + "'; send the body as application/json");
        }
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !"utf-8".equalsIgnoreCase(charset.strip())) {
            throw new UnsupportedMediaTypeProblem("names charset '" + quoted(charset) + "'; only UTF-8 is accepted");
        }
    }

    private static String quoted(String value) {
        return value.length() <= QUOTED_LENGTH ? value : value.substring(0, QUOTED_LENGTH) + "…";
    }
}
