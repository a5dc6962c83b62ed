package app.commerceadvisor.assessment;

import app.commerceadvisor.http.FieldError;
import app.commerceadvisor.http.InvalidInputException;
import app.commerceadvisor.http.StrictJson;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the body of {@code POST /api/assessments} strictly (see {@link StrictJson}) and checks its shape,
 * reporting every field at fault at once in the words of the API. Nothing is coerced: a participant
 * sent as a number is an error, not the text "42". Lengths are counted in characters (code points).
 * The answers themselves are checked against the questionnaire later, by {@link AnswerReader}.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class AssessmentRequestReader implements MessageBodyReader<AssessmentRequest> {

    static final int MAX_PARTICIPANT_LENGTH = 200;

    private static final Set<String> FIELDS = Set.of("participant", "language", "answers");

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == AssessmentRequest.class;
    }

    @Override
    public AssessmentRequest readFrom(Class<AssessmentRequest> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, String> headers, InputStream body) throws IOException {
        return read(StrictJson.parse(body.readAllBytes()));
    }

    static AssessmentRequest read(JsonNode body) {
        if (!body.isObject()) {
            throw new InvalidInputException("body",
                    "must be a JSON object with the fields participant, language and answers");
        }
        List<FieldError> errors = new ArrayList<>();
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                errors.add(new FieldError(name, "unknown field; known fields: answers, language, participant"));
            }
        }
        String participant = participant(body.get("participant"), errors);
        String language = language(body.get("language"), errors);
        Map<String, JsonNode> answers = answers(body.get("answers"), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new AssessmentRequest(participant, language, answers);
    }

    private static String participant(JsonNode value, List<FieldError> errors) {
        if (value == null || value.isNull()) {
            errors.add(new FieldError("participant", "is required: who answered, e.g. a name or a participant id"));
            return null;
        }
        if (!value.isTextual()) {
            errors.add(new FieldError("participant", "must be a text, not " + AnswerValueReader.describe(value)));
            return null;
        }
        String text = value.textValue();
        int length = text.codePointCount(0, text.length());
        if (text.isBlank()) {
            errors.add(new FieldError("participant", "must not be blank"));
        } else if (length > MAX_PARTICIPANT_LENGTH) {
            errors.add(new FieldError("participant", "is " + length + " characters long; at most "
                    + MAX_PARTICIPANT_LENGTH + " are allowed"));
        }
        return text;
    }

    private static String language(JsonNode value, List<FieldError> errors) {
        if (value == null || value.isNull()) {
            errors.add(new FieldError("language", "is required: the language of the report, e.g. \"en\""));
            return null;
        }
        if (!value.isTextual()) {
            errors.add(new FieldError("language", "must be a language code as a text, e.g. \"en\", not "
                    + AnswerValueReader.describe(value)));
            return null;
        }
        return value.textValue();
    }

    private static Map<String, JsonNode> answers(JsonNode value, List<FieldError> errors) {
        if (value == null || value.isNull()) {
            errors.add(new FieldError("answers", "is required: an object keyed by question id ({} when nothing is answered)"));
            return null;
        }
        if (!value.isObject()) {
            errors.add(new FieldError("answers", "must be an object keyed by question id, e.g. {\"content-lead\": false}, not "
                    + AnswerValueReader.describe(value)));
            return null;
        }
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        value.fields().forEachRemaining(entry -> answers.put(entry.getKey(), entry.getValue()));
        return answers;
    }
}
