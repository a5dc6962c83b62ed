package app.commerceadvisor.web;

import app.commerceadvisor.assessment.AssessmentRequest;
import app.commerceadvisor.assessment.AssessmentService;
import app.commerceadvisor.assessment.Report;
import app.commerceadvisor.followup.FollowUp;
import app.commerceadvisor.followup.InterviewRequest;
import app.commerceadvisor.followup.InterviewStep;
import app.commerceadvisor.followup.Interviews;
import app.commerceadvisor.http.InvalidInputException;
import app.commerceadvisor.http.ProblemLanguage;
import app.commerceadvisor.knowledge.ActiveKnowledgeBase;
import app.commerceadvisor.knowledge.KnowledgeBase;
import app.commerceadvisor.pitfall.Pitfall;
import app.commerceadvisor.questionnaire.Question;
import app.commerceadvisor.questionnaire.Questionnaire;
import app.commerceadvisor.security.Caller;
import app.commerceadvisor.security.Role;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The interview: one question at a time, always the one whose answer decides the most findings, until no
 * answer left could change the report; then the answers are stored as an assessment and its report opens.
 * Where the interview stands travels with the page (the answers so far and the questions skipped, in hidden
 * fields), as in the API's interview; nothing is stored before the end.
 */
@Path("/interview")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.PARTICIPANT, Role.TRAINER })
public class InterviewPage {

    /** What the page shows: the question, why it is asked, what was found so far, and the state to send back. */
    public record Step(QuestionnaireForm.Field question, int number, int answered, List<String> decides,
            List<String> foundSoFar, String answersState, String skippedState) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance interview(PageFrame frame, Step step);
    }

    private static final TypeReference<LinkedHashMap<String, JsonNode>> ANSWERS = new TypeReference<>() {
    };
    private static final TypeReference<ArrayList<String>> SKIPPED = new TypeReference<>() {
    };

    private final Interviews interviews;
    private final AssessmentService assessments;
    private final ActiveKnowledgeBase knowledgeBase;
    private final Caller caller;
    private final Pages pages;
    private final ObjectMapper json;

    InterviewPage(Interviews interviews, AssessmentService assessments, ActiveKnowledgeBase knowledgeBase, Caller caller,
            Pages pages, ObjectMapper json) {
        this.interviews = interviews;
        this.assessments = assessments;
        this.knowledgeBase = knowledgeBase;
        this.caller = caller;
        this.pages = pages;
        this.json = json;
    }

    @GET
    public Response start() {
        return next(new LinkedHashMap<>(), new ArrayList<>(), null, Map.of());
    }

    /** One answer (or a skip, or the end): {@code action} is answer, skip or finish. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(MultivaluedMap<String, String> sent) {
        Map<String, JsonNode> answers = read(sent.getFirst("answers"), ANSWERS, "answers");
        List<String> skipped = read(sent.getFirst("skipped"), SKIPPED, "skipped");
        String action = sent.getFirst("action");
        String asked = sent.getFirst("question");
        Questionnaire questionnaire = knowledgeBase.require().questionnaire();
        if ("finish".equals(action)) {
            return finish(answers);
        }
        Map<String, List<String>> typed = Map.of();
        if (asked != null && questionnaire.question(asked).isPresent()) {
            typed = AnswerForm.typed(questionnaire, Map.of(AnswerForm.PREFIX + asked,
                    sent.getOrDefault(AnswerForm.PREFIX + asked, List.of())));
            Map<String, JsonNode> given = AnswerForm.answers(questionnaire, merged(typed, answers));
            if ("answer".equals(action) && !given.containsKey(asked)) {
                // "answer" with nothing chosen or typed: ask again rather than skip without a word
                return askAgain(answers, skipped, asked, typed, pages.labels().chooseOrSkip());
            }
            if ("skip".equals(action) || !given.containsKey(asked)) {
                skipped.add(asked);
            } else {
                answers.put(asked, given.get(asked));
            }
        }
        return next(answers, skipped, asked, typed);
    }

    private Response next(Map<String, JsonNode> answers, List<String> skipped, String asked,
            Map<String, List<String>> typed) {
        String language = pages.language();
        InterviewStep step;
        String error = null;
        try {
            step = interviews.next(new InterviewRequest(language, answers, skipped));
        } catch (InvalidInputException e) {
            // the answer just given was refused: ask the same question again, with the error and what was typed
            error = String.join(" ", AnswerForm.errors(e.errors(), ProblemLanguage.messages(language),
                    knowledgeBase.require().questionnaire(), typed, pages.labels()).values());
            answers.remove(asked);
            return askAgain(answers, skipped, asked, typed, error);
        }
        if (step.done()) {
            return finish(answers);
        }
        KnowledgeBase active = knowledgeBase.require();
        Question question = active.questionnaire().question(step.question().id()).orElseThrow();
        List<String> decides = step.decides().stream().map(FollowUp.Decision::title).distinct().toList();
        return Response.ok(page(QuestionnaireForm.field(question, language, List.of(), null, pages.labels()), decides,
                step, answers, skipped)).build();
    }

    /** The same question again, with what was typed and why it was not taken. */
    private Response askAgain(Map<String, JsonNode> answers, List<String> skipped, String asked,
            Map<String, List<String>> typed, String error) {
        String language = pages.language();
        InterviewStep step = interviews.next(new InterviewRequest(language, answers, skipped));
        Question question = knowledgeBase.require().questionnaire().question(asked).orElseThrow();
        return Response.status(Response.Status.BAD_REQUEST).entity(page(QuestionnaireForm.field(question, language,
                typed.getOrDefault(asked, List.of()), error, pages.labels()), List.of(), step, answers, skipped))
                .build();
    }

    private TemplateInstance page(QuestionnaireForm.Field question, List<String> decides, InterviewStep step,
            Map<String, JsonNode> answers, List<String> skipped) {
        KnowledgeBase active = knowledgeBase.require();
        String language = pages.language();
        List<String> found = step.pitfalls().stream()
                .map(id -> active.pitfalls().find(id).map(Pitfall::title).map(title -> title.in(language)).orElse(id))
                .toList();
        PageFrame frame = pages.frame();
        return Templates.interview(frame, new Step(question, step.answered() + skipped.size() + 1, step.answered(),
                decides, found, write(answers), write(skipped))).setLocale(frame.locale());
    }

    private Response finish(Map<String, JsonNode> answers) {
        Report report = assessments.assess(new AssessmentRequest(caller.require().username(), pages.language(), answers));
        return Response.seeOther(URI.create("/assessments/" + report.id())).build();
    }

    private static Map<String, List<String>> merged(Map<String, List<String>> typed, Map<String, JsonNode> answers) {
        Map<String, List<String>> all = new LinkedHashMap<>(AnswerForm.typed(answers));
        all.putAll(typed);
        return all;
    }

    private <T> T read(String state, TypeReference<T> type, String field) {
        if (state == null || state.isBlank()) {
            try {
                return json.readValue(type == ANSWERS ? "{}" : "[]", type);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        try {
            return json.readValue(state, type);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(field, m -> m.bodyUnreadable());
        }
    }

    private String write(Object state) {
        try {
            return json.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
