package app.commerceadvisor.assessment;

import app.commerceadvisor.http.FieldProblem;
import app.commerceadvisor.http.InvalidInputException;
import app.commerceadvisor.http.ProblemMessages;
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
import java.util.Set;

/**
 * Reads the body of a what-if or a change of answers strictly (see {@link StrictJson}): one object with the field
 * {@code answers}, an object keyed by question id. The answers are checked against the questionnaire
 * once they are merged with the stored ones.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class AnswerChangesReader implements MessageBodyReader<AnswerChanges> {

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == AnswerChanges.class;
    }

    @Override
    public AnswerChanges readFrom(Class<AnswerChanges> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, String> headers, InputStream body) throws IOException {
        JsonNode request = StrictJson.parse(body.readAllBytes());
        if (!request.isObject()) {
            throw new InvalidInputException("body", ProblemMessages::whatIfNotObject);
        }
        List<FieldProblem> errors = new ArrayList<>();
        StrictJson.unknownFields(request, Set.of("answers"), errors);
        JsonNode answers = request.get("answers");
        if (answers == null || answers.isNull()) {
            errors.add(new FieldProblem("answers", ProblemMessages::changedAnswersRequired));
        } else if (!answers.isObject()) {
            errors.add(new FieldProblem("answers", ProblemMessages::changedAnswersNotObject));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new AnswerChanges(StrictJson.fields(answers));
    }
}
