package app.commerceadvisor.http;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error leaves the service as {@code application/problem+json} naming the fields at fault; no
 * response ever carries a stack trace.
 */
class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    /** RFC 9110: the request was understood, but what it points to cannot be used. */
    private static final int UNPROCESSABLE_CONTENT = 422;

    private final AllowedMethods allowedMethods;

    ProblemMappers(AllowedMethods allowedMethods) {
        this.allowedMethods = allowedMethods;
    }

    @ServerExceptionMapper
    Response invalidInput(InvalidInputException e, UriInfo uri, Request request) {
        String detail = "GET".equals(request.getMethod()) ? "The request has invalid parameters"
                : "The request has invalid fields; nothing was stored";
        return problem(Response.Status.BAD_REQUEST, detail, uri, e.errors());
    }

    @ServerExceptionMapper
    Response notFound(NotFoundProblem e, UriInfo uri) {
        return problem(Response.Status.NOT_FOUND, e.getMessage(), uri, List.of());
    }

    @ServerExceptionMapper
    Response conflict(ConflictProblem e, UriInfo uri) {
        return problem(Response.Status.CONFLICT, e.getMessage(), uri, List.of());
    }

    @ServerExceptionMapper
    Response tooLarge(PayloadTooLargeException e, UriInfo uri) {
        return Response.status(Response.Status.REQUEST_ENTITY_TOO_LARGE).type(Problem.MEDIA_TYPE)
                .entity(PayloadTooLargeException.problem(uri.getPath(), e.limit())).build();
    }

    @ServerExceptionMapper
    Response unsupportedMediaType(UnsupportedMediaTypeProblem e, UriInfo uri) {
        return problem(Response.Status.UNSUPPORTED_MEDIA_TYPE, "The request body must be JSON; nothing was stored",
                uri, List.of(new FieldError("Content-Type", e.getMessage())));
    }

    @ServerExceptionMapper
    Response busy(ServiceBusyProblem e, UriInfo uri) {
        Response problem = problem(Response.Status.SERVICE_UNAVAILABLE, e.getMessage(), uri, List.of());
        return Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds()).build();
    }

    @ServerExceptionMapper
    Response unprocessable(UnprocessableProblem e, UriInfo uri) {
        Problem problem = new Problem("about:blank", "Unprocessable Content", UNPROCESSABLE_CONTENT, e.getMessage(),
                uri.getPath(), e.errors(), e.problems());
        return Response.status(UNPROCESSABLE_CONTENT).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    @ServerExceptionMapper
    Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(violation -> new FieldError(field(violation), violation.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return problem(Response.Status.BAD_REQUEST, "The request has invalid fields; nothing was stored", uri, errors);
    }

    @ServerExceptionMapper
    Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        PayloadTooLargeException tooLarge = causeOf(e, PayloadTooLargeException.class);
        if (tooLarge != null) {
            return tooLarge(tooLarge, uri);
        }
        return problem(Response.Status.BAD_REQUEST, "The request body cannot be read; nothing was stored", uri,
                List.of(jsonError(e)));
    }

    /** Takes precedence over the JSON extension's own mapper for this type, which answers in plain JSON. */
    @ServerExceptionMapper
    Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    Response webApplication(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        JsonProcessingException json = causeOf(e, JsonProcessingException.class);
        if (json != null) {
            return unreadableJson(json, uri);
        }
        PayloadTooLargeException tooLarge = causeOf(e, PayloadTooLargeException.class);
        if (tooLarge != null) {
            return tooLarge(tooLarge, uri);
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        if (status.getStatusCode() >= 500) {
            return unexpected(e, uri);
        }
        if (status.getStatusCode() == Response.Status.UNSUPPORTED_MEDIA_TYPE.getStatusCode()) {
            return unsupportedMediaType(new UnsupportedMediaTypeProblem(
                    JsonContentType.notJson(headers.getHeaderString(HttpHeaders.CONTENT_TYPE))), uri);
        }
        Response.ResponseBuilder answer = Response.fromResponse(problem(status, status.getReasonPhrase(), uri, List.of()));
        if (status.getStatusCode() == Response.Status.METHOD_NOT_ALLOWED.getStatusCode()) {
            answer.header(HttpHeaders.ALLOW, String.join(", ", allowedMethods.on(uri.getPath())));
        }
        return answer.build();
    }

    @ServerExceptionMapper
    Response unexpected(Throwable e, UriInfo uri) {
        PayloadTooLargeException tooLarge = causeOf(e, PayloadTooLargeException.class);
        if (tooLarge != null) {
            return tooLarge(tooLarge, uri);
        }
        LOG.error("Unexpected error answering " + uri.getPath(), e);
        return problem(Response.Status.INTERNAL_SERVER_ERROR,
                "The service could not answer this request; the error has been logged", uri, List.of());
    }

    private static Response problem(Response.StatusType status, String detail, UriInfo uri, List<FieldError> errors) {
        Problem problem = new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail,
                uri.getPath(), errors);
        return Response.status(status.getStatusCode()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static FieldError jsonError(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return new FieldError(path(unknown), "unknown field; known fields: " + unknown.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", ")));
        }
        String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        if (e instanceof JsonParseException || !(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return new FieldError("body", "is not well-formed JSON of the expected shape" + where);
        }
        return new FieldError(path(mapping), "has the wrong type" + where);
    }

    private static String path(JsonMappingException e) {
        List<String> names = new ArrayList<>();
        for (JsonMappingException.Reference reference : e.getPath()) {
            names.add(reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]");
        }
        return names.isEmpty() ? "body" : String.join(".", names).replace(".[", "[");
    }

    /** {@code assess.request.answers} becomes {@code answers}: the field as the client wrote it. */
    private static String field(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                names.add(node.getName());
            }
        }
        return names.isEmpty() ? "body" : String.join(".", names);
    }

    private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
