package app.commerceadvisor.assessment;

import app.commerceadvisor.http.FieldProblem;
import app.commerceadvisor.http.InvalidInputException;
import app.commerceadvisor.http.ProblemMessages;
import app.commerceadvisor.http.ProblemText;
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
            throw new InvalidInputException("body", ProblemMessages::assessmentNotObject);
        }
        List<FieldProblem> errors = new ArrayList<>();
        StrictJson.unknownFields(body, FIELDS, errors);
        String participant = participant(body.get("participant"), errors);
        String language = language(body.get("language"), errors);
        Map<String, JsonNode> answers = answers(body.get("answers"), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new AssessmentRequest(participant, language, answers);
    }

    private static String participant(JsonNode value, List<FieldProblem> errors) {
        if (value == null || value.isNull()) {
            errors.add(new FieldProblem("participant", ProblemMessages::participantRequired));
            return null;
        }
        if (!value.isTextual()) {
            ProblemText kind = AnswerValueReader.describe(value);
            errors.add(new FieldProblem("participant", m -> m.mustBeText(kind.in(m))));
            return null;
        }
        String text = value.textValue();
        int length = text.codePointCount(0, text.length());
        if (text.isBlank()) {
            errors.add(new FieldProblem("participant", ProblemMessages::mustNotBeBlank));
        } else if (length > MAX_PARTICIPANT_LENGTH) {
            errors.add(new FieldProblem("participant", m -> m.tooManyCharacters(length, MAX_PARTICIPANT_LENGTH)));
        }
        return text;
    }

    private static String language(JsonNode value, List<FieldProblem> errors) {
        if (value == null || value.isNull()) {
            errors.add(new FieldProblem("language", ProblemMessages::reportLanguageRequired));
            return null;
        }
        if (!value.isTextual()) {
            ProblemText kind = AnswerValueReader.describe(value);
            errors.add(new FieldProblem("language", m -> m.languageNotText(kind.in(m))));
            return null;
        }
        return value.textValue();
    }

    private static Map<String, JsonNode> answers(JsonNode value, List<FieldProblem> errors) {
        if (value == null || value.isNull()) {
            errors.add(new FieldProblem("answers", ProblemMessages::answersRequired));
            return null;
        }
        if (!value.isObject()) {
            ProblemText kind = AnswerValueReader.describe(value);
            errors.add(new FieldProblem("answers", m -> m.answersNotObject(kind.in(m))));
            return null;
        }
        return StrictJson.fields(value);
    }
}
