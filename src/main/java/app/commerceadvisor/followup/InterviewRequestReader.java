package app.commerceadvisor.followup;

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
 * Reads the body of an interview step strictly (see {@link StrictJson}): {@code language} (a text),
 * {@code answers} (an object keyed by question id, may be empty) and {@code skipped} (a list of question
 * ids, optional). Every field at fault is named at once; the answers are checked against the questionnaire
 * afterwards.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class InterviewRequestReader implements MessageBodyReader<InterviewRequest> {

    private static final Set<String> FIELDS = Set.of("language", "answers", "skipped");

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == InterviewRequest.class;
    }

    @Override
    public InterviewRequest readFrom(Class<InterviewRequest> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, String> headers, InputStream body) throws IOException {
        JsonNode request = StrictJson.parse(body.readAllBytes());
        if (!request.isObject()) {
            throw new InvalidInputException("body", ProblemMessages::interviewNotObject);
        }
        List<FieldProblem> errors = new ArrayList<>();
        StrictJson.unknownFields(request, FIELDS, errors);
        JsonNode language = request.get("language");
        if (language == null || !language.isTextual()) {
            errors.add(new FieldProblem("language", ProblemMessages::questionLanguageRequired));
        }
        JsonNode answers = request.get("answers");
        if (answers == null || !answers.isObject()) {
            errors.add(new FieldProblem("answers", ProblemMessages::interviewAnswersRequired));
        }
        JsonNode skipped = request.get("skipped");
        List<String> skippedIds = new ArrayList<>();
        if (skipped != null && !skipped.isNull()) {
            if (!skipped.isArray()) {
                errors.add(new FieldProblem("skipped", ProblemMessages::skippedNotList));
            } else {
                for (int i = 0; i < skipped.size(); i++) {
                    if (!skipped.get(i).isTextual()) {
                        errors.add(new FieldProblem("skipped[" + i + "]", ProblemMessages::skippedNotText));
                    } else {
                        skippedIds.add(skipped.get(i).asText());
                    }
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new InterviewRequest(language.asText(), StrictJson.fields(answers), List.copyOf(skippedIds));
    }
}
