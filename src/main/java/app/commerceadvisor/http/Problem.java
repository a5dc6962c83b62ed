package app.commerceadvisor.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An error answer in the form of RFC 9457 ({@code application/problem+json}), with the fields at fault
 * listed in {@code errors}.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
