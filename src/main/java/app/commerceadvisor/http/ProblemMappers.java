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
import jakarta.ws.rs.core.MediaType;
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

    /** The challenge of a 401: sign in with HTTP Basic (UTF-8 user names and passwords, RFC 7617). */
    static final String BASIC_CHALLENGE = "Basic realm=\"Commerce Advisor\", charset=\"UTF-8\"";

    private final AllowedMethods allowedMethods;
    private final ErrorPages pages;

    ProblemMappers(AllowedMethods allowedMethods, ErrorPages pages) {
        this.allowedMethods = allowedMethods;
        this.pages = pages;
    }

    @ServerExceptionMapper
    Response invalidInput(InvalidInputException e, UriInfo uri, Request request, HttpHeaders headers) {
        ProblemMessages m = messages(uri, headers);
        String detail = "GET".equals(request.getMethod()) ? m.invalidParameters() : m.invalidFields();
        return problem(Response.Status.BAD_REQUEST, detail, uri, worded(e.errors(), m));
    }

    @ServerExceptionMapper
    Response notFound(NotFoundProblem e, UriInfo uri, HttpHeaders headers) {
        return problem(Response.Status.NOT_FOUND, e.text().in(messages(uri, headers)), uri, List.of());
    }

    @ServerExceptionMapper
    Response conflict(ConflictProblem e, UriInfo uri, HttpHeaders headers) {
        return problem(Response.Status.CONFLICT, e.text().in(messages(uri, headers)), uri, List.of());
    }

    @ServerExceptionMapper
    Response tooLarge(PayloadTooLargeException e, UriInfo uri, HttpHeaders headers) {
        return Response.status(Response.Status.REQUEST_ENTITY_TOO_LARGE).type(Problem.MEDIA_TYPE)
                .entity(PayloadTooLargeException.problem(uri.getPath(), e.limit(), messages(uri, headers))).build();
    }

    @ServerExceptionMapper
    Response unsupportedMediaType(UnsupportedMediaTypeProblem e, UriInfo uri, HttpHeaders headers) {
        ProblemMessages m = messages(uri, headers);
        return problem(Response.Status.UNSUPPORTED_MEDIA_TYPE, m.bodyNotJson(), uri,
                List.of(new FieldError("Content-Type", e.text().in(m))));
    }

    @ServerExceptionMapper
    Response forbidden(ForbiddenProblem e, UriInfo uri, HttpHeaders headers) {
        return problem(Response.Status.FORBIDDEN, e.text().in(messages(uri, headers)), uri, List.of());
    }

    /** Not signed in, or the credentials do not match an account: a challenge to sign in with HTTP Basic. */
    @ServerExceptionMapper({ io.quarkus.security.UnauthorizedException.class,
            io.quarkus.security.AuthenticationFailedException.class })
    Response unauthorized(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        // a browser on a page goes to the sign-in page; a script signing in at /j_security_check keeps its 401
        if (ErrorPages.isPage(uri) || (ErrorPages.SIGN_IN_POST.equals(uri.getPath())
                && headers.getAcceptableMediaTypes().stream().anyMatch(MediaType.TEXT_HTML_TYPE::equals))) {
            return pages.signIn(uri);
        }
        Response problem = problem(Response.Status.UNAUTHORIZED, messages(uri, headers).signInRequired(), uri, List.of());
        return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, BASIC_CHALLENGE).build();
    }

    /** Signed in, but the endpoint is not for the caller's roles. */
    @ServerExceptionMapper(io.quarkus.security.ForbiddenException.class)
    Response notForYourRole(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        return problem(Response.Status.FORBIDDEN, messages(uri, headers).notForYourRole(), uri, List.of());
    }

    @ServerExceptionMapper
    Response busy(ServiceBusyProblem e, UriInfo uri, HttpHeaders headers) {
        Response problem = problem(Response.Status.SERVICE_UNAVAILABLE, e.text().in(messages(uri, headers)), uri,
                List.of());
        return Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds()).build();
    }

    @ServerExceptionMapper
    Response unprocessable(UnprocessableProblem e, UriInfo uri, HttpHeaders headers) {
        ProblemMessages m = messages(uri, headers);
        if (ErrorPages.isPage(uri)) {
            return pages.error(UNPROCESSABLE_CONTENT, e.detail().in(m), uri, headers);
        }
        Problem problem = new Problem("about:blank", "Unprocessable Content", UNPROCESSABLE_CONTENT, e.detail().in(m),
                uri.getPath(), worded(e.errors(), m), e.problems());
        return Response.status(UNPROCESSABLE_CONTENT).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** No request record carries constraints today; the validator words its own messages. */
    @ServerExceptionMapper
    Response constraintViolation(ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(violation -> new FieldError(field(violation), violation.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return problem(Response.Status.BAD_REQUEST, messages(uri, headers).invalidFields(), uri, errors);
    }

    @ServerExceptionMapper
    Response unreadableJson(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        PayloadTooLargeException tooLarge = causeOf(e, PayloadTooLargeException.class);
        if (tooLarge != null) {
            return tooLarge(tooLarge, uri, headers);
        }
        ProblemMessages m = messages(uri, headers);
        return problem(Response.Status.BAD_REQUEST, m.bodyUnreadable(), uri, List.of(jsonError(e).in(m)));
    }

    /** Takes precedence over the JSON extension's own mapper for this type, which answers in plain JSON. */
    @ServerExceptionMapper
    Response mismatchedJson(MismatchedInputException e, UriInfo uri, HttpHeaders headers) {
        return unreadableJson(e, uri, headers);
    }

    @ServerExceptionMapper
    Response webApplication(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        JsonProcessingException json = causeOf(e, JsonProcessingException.class);
        if (json != null) {
            return unreadableJson(json, uri, headers);
        }
        PayloadTooLargeException tooLarge = causeOf(e, PayloadTooLargeException.class);
        if (tooLarge != null) {
            return tooLarge(tooLarge, uri, headers);
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        if (status.getStatusCode() >= 500) {
            return unexpected(e, uri, headers);
        }
        if (status.getStatusCode() == Response.Status.UNSUPPORTED_MEDIA_TYPE.getStatusCode()) {
            return unsupportedMediaType(new UnsupportedMediaTypeProblem(
                    JsonContentType.notJson(headers.getHeaderString(HttpHeaders.CONTENT_TYPE))), uri, headers);
        }
        ProblemMessages m = messages(uri, headers);
        String detail = switch (status.getStatusCode()) {
            case 404 -> m.pathNotFound();
            case 405 -> m.methodNotAllowed();
            default -> m.otherStatus(new HttpStatus(status.getStatusCode(), status.getReasonPhrase()));
        };
        Response.ResponseBuilder answer = Response.fromResponse(problem(status, detail, uri, List.of()));
        if (status.getStatusCode() == Response.Status.METHOD_NOT_ALLOWED.getStatusCode()) {
            answer.header(HttpHeaders.ALLOW, String.join(", ", allowedMethods.on(uri.getPath())));
        }
        return answer.build();
    }

    @ServerExceptionMapper
    Response unexpected(Throwable e, UriInfo uri, HttpHeaders headers) {
        PayloadTooLargeException tooLarge = causeOf(e, PayloadTooLargeException.class);
        if (tooLarge != null) {
            return tooLarge(tooLarge, uri, headers);
        }
        LOG.error("Unexpected error answering " + uri.getPath(), e);
        return problem(Response.Status.INTERNAL_SERVER_ERROR, messages(uri, headers).unexpectedError(), uri,
                List.of());
    }

    /** The messages in the language of the request (see {@link ProblemLanguage}). */
    private static ProblemMessages messages(UriInfo uri, HttpHeaders headers) {
        String language = ProblemLanguage.ofRequest(() -> {
            String asked = uri.getQueryParameters().getFirst("lang");
            if (asked == null && ErrorPages.isPage(uri) && headers.getCookies().containsKey(ErrorPages.LANGUAGE_COOKIE)) {
                asked = headers.getCookies().get(ErrorPages.LANGUAGE_COOKIE).getValue();
            }
            return asked;
        }, headers::getAcceptableLanguages);
        return ProblemLanguage.messages(language);
    }

    private static List<FieldError> worded(List<FieldProblem> errors, ProblemMessages messages) {
        return errors.stream().map(error -> error.in(messages)).toList();
    }

    private Response problem(Response.StatusType status, String detail, UriInfo uri, List<FieldError> errors) {
        if (ErrorPages.isPage(uri)) {
            return pages.error(status.getStatusCode(), detail, uri, null);
        }
        Problem problem = new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail,
                uri.getPath(), errors);
        return Response.status(status.getStatusCode()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static FieldProblem jsonError(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            String known = unknown.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", "));
            return new FieldProblem(path(unknown), m -> m.unknownField(known));
        }
        ProblemText where = StrictJson.at(e.getLocation());
        if (e instanceof JsonParseException || !(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return new FieldProblem("body", m -> m.wrongShape(where.in(m)));
        }
        return new FieldProblem(path(mapping), m -> m.wrongType(where.in(m)));
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
