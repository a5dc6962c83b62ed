package app.commerceadvisor.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An error answer in the form of RFC 9457 ({@code application/problem+json}), with the fields at fault
 * listed in {@code errors} and, when trainers' content is at fault, each of its problems as
 * {@code file:line: message} in {@code problems}.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors,
        @Schema(description = "Problems of the rules or the knowledge base, each as file:line: message")
        List<String> problems) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** A problem naming the fields at fault, if any. */
    public Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {
        this(type, title, status, detail, instance, errors, List.of());
    }
}
