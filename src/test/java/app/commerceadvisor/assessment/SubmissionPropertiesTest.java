package app.commerceadvisor.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import app.commerceadvisor.security.SignedInAsTrainer;
import app.commerceadvisor.knowledge.ActiveKnowledgeBase;
import app.commerceadvisor.questionnaire.AnswerOption;
import app.commerceadvisor.questionnaire.AnswerType;
import app.commerceadvisor.questionnaire.Question;
import app.commerceadvisor.questionnaire.Questionnaire;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Iterator;
import net.jqwik.engine.SourceOfRandomness;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Properties of the submission endpoint over generated input, drawn with jqwik generators from the
 * questionnaire the service really serves. The service runs as in every HTTP test (real HTTP, real H2),
 * which jqwik's own engine cannot host, so the generators are sampled here (no shrinking: a failure shows
 * the whole submission); the seed is printed and can be fixed with {@code -Dadvisor.test.seed=...}.
 */
@QuarkusTest
class SubmissionPropertiesTest {

    private static final int MALFORMED_SUBMISSIONS = 1_200;
    private static final int VALID_SUBMISSIONS = 300;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @Inject
    ActiveKnowledgeBase knowledgeBase;

    /** One way of spoiling a valid submission, and the field the answer must then name. */
    enum Spoil {
        UNKNOWN_QUESTION, WRONG_TYPE, NOT_AN_OPTION, OUT_OF_RANGE, TEXT_TOO_LONG, EXCLUSIVE_COMBINED,
        OPTION_TWICE, HIDDEN_QUESTION_ANSWERED, PARTICIPANT_WRONG, LANGUAGE_WRONG, ANSWERS_NOT_AN_OBJECT,
        UNKNOWN_FIELD, FIELD_TWICE, TRAILING_CONTENT, INVALID_UTF8, LONE_SURROGATE, TRUNCATED, NOT_AN_OBJECT,
        NOT_JSON_CONTENT_TYPE, TOO_MANY_ANSWERS, TOO_DEEP
    }

    record Malformed(Spoil spoil, byte[] body, String contentType, String field) {
        String show() {
            return spoil + " " + new String(body, StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyMalformedSubmissionIsRefusedNamingItsFieldAndStoresNothing() throws Exception {
        long seed = seed();
        Random random = new Random(seed);
        Questionnaire questionnaire = knowledgeBase.require().questionnaire();
        Iterator<Map<String, Object>> valid = new Submissions(questionnaire).valid().sampleStream().iterator();
        long storedBefore = StoredRows.assessments();
        Map<Spoil, Integer> drawn = new EnumMap<>(Spoil.class);

        for (int i = 0; i < MALFORMED_SUBMISSIONS; i++) {
            Spoil spoil = Spoil.values()[random.nextInt(Spoil.values().length)];
            Malformed malformed = spoil(questionnaire, valid.next(), spoil, random);
            drawn.merge(spoil, 1, Integer::sum);

            HttpResponse<String> response = post(malformed.body(), malformed.contentType());

            String context = "seed " + seed + ", submission " + i + ": " + malformed.show() + "\n-> " + response.body();
            assertThat(response.statusCode()).as(context).isIn(400, 413, 415);
            StrictRequestTest.assertProblemWithoutInternals(response);
            JsonNode problem = JSON.readTree(response.body());
            assertThat(problem.get("status").asInt()).as(context).isEqualTo(response.statusCode());
            List<String> fields = new ArrayList<>();
            problem.withArray("errors").forEach(error -> fields.add(error.get("field").asText()));
            assertThat(fields).as(context).isNotEmpty().doesNotContain("");
            assertThat(fields).as(context).contains(malformed.field());
        }

        assertThat(StoredRows.assessments()).as("rows stored by refused submissions").isEqualTo(storedBefore);
        assertThat(drawn).as("every way of spoiling a submission was tried").hasSize(Spoil.values().length);
        System.out.printf("%d malformed submissions (seed %d), all refused: %s%n", MALFORMED_SUBMISSIONS, seed, drawn);
    }

    @Test
    void everyValidSubmissionIsStoredAndReadBackExactlyAsAnswered() throws Exception {
        long seed = seed();
        Random random = new Random(seed);
        Iterator<Map<String, Object>> valid =
                new Submissions(knowledgeBase.require().questionnaire()).valid().sampleStream().iterator();

        for (int i = 0; i < VALID_SUBMISSIONS; i++) {
            Map<String, Object> submission = valid.next();
            byte[] body = JSON.writeValueAsBytes(submission);

            HttpResponse<String> created = post(body, "application/json");

            String context = "seed " + seed + ", submission " + i + ": " + new String(body, StandardCharsets.UTF_8)
                    + "\n-> " + created.body();
            assertThat(created.statusCode()).as(context).isEqualTo(201);
            JsonNode answered = JSON.readTree(created.body());
            assertThat(answered.get("answers")).as(context).isEqualTo(JSON.readTree(body).get("answers"));
            assertThat(answered.get("participant").asText()).as(context)
                    .isEqualTo(((String) submission.get("participant")).strip());
            HttpResponse<String> read = CLIENT.send(SignedInAsTrainer.request(URI.create("http://localhost:" + port
                            + created.headers().firstValue("Location").orElseThrow())).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(read.statusCode()).as(context).isEqualTo(200);
            assertThat(read.body()).as(context).isEqualTo(created.body());
        }
        System.out.printf("%d valid submissions (seed %d) stored and read back byte for byte%n", VALID_SUBMISSIONS, seed);
    }

    /** Seeds jqwik's generators on this thread (sampling outside a jqwik property draws from it) and returns the seed. */
    private static long seed() {
        long seed = Long.getLong("advisor.test.seed", System.nanoTime());
        SourceOfRandomness.create(Long.toString(seed));
        return seed;
    }

    private HttpResponse<String> post(byte[] body, String contentType) throws Exception {
        return CLIENT.send(SignedInAsTrainer.request(URI.create("http://localhost:" + port + "/api/assessments"))
                        .header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    private static Malformed spoil(Questionnaire questionnaire, Map<String, Object> submission, Spoil spoil, Random random)
            throws Exception {
        Map<String, Object> body = new LinkedHashMap<>(submission);
        Map<String, Object> answers = new LinkedHashMap<>((Map<String, Object>) body.get("answers"));
        body.put("answers", answers);
        List<Question> questions = questionnaire.questions();
        switch (spoil) {
            case UNKNOWN_QUESTION -> {
                String id = "no-such-question-" + random.nextInt(1000);
                answers.put(id, true);
                return json(spoil, body, "answers." + id);
            }
            case WRONG_TYPE -> {
                Question question = pick(questions, random);
                answers.put(question.id(), wrongType(question, random));
                return json(spoil, body, "answers." + question.id());
            }
            case NOT_AN_OPTION -> {
                Question question = pick(ofType(questions, AnswerType.SINGLE_CHOICE, AnswerType.MULTIPLE_CHOICE), random);
                answers.put(question.id(), question.type() == AnswerType.SINGLE_CHOICE ? "no-such-option"
                        : List.of(question.options().get(0).id(), "no-such-option"));
                return json(spoil, body, "answers." + question.id());
            }
            case OUT_OF_RANGE -> {
                Question question = pick(ofType(questions, AnswerType.NUMBER), random);
                answers.put(question.id(), random.nextBoolean() || question.max() == null
                        ? question.minimum() - 1 - random.nextInt(1000) : question.max() + 1 + random.nextInt(1000));
                return json(spoil, body, "answers." + question.id());
            }
            case TEXT_TOO_LONG -> {
                Question question = pick(ofType(questions, AnswerType.TEXT), random);
                answers.put(question.id(), "长".repeat(question.maximumLength() + 1 + random.nextInt(10)));
                return json(spoil, body, "answers." + question.id());
            }
            case EXCLUSIVE_COMBINED -> {
                Question question = pick(questions.stream().filter(q -> q.options().stream().anyMatch(AnswerOption::exclusive)
                        && q.options().stream().anyMatch(option -> !option.exclusive())).toList(), random);
                String exclusive = question.options().stream().filter(AnswerOption::exclusive).findFirst().orElseThrow().id();
                String other = question.options().stream().filter(option -> !option.exclusive()).findFirst().orElseThrow().id();
                answers.put(question.id(), random.nextBoolean() ? List.of(exclusive, other) : List.of(other, exclusive));
                return json(spoil, body, "answers." + question.id());
            }
            case OPTION_TWICE -> {
                Question question = pick(ofType(questions, AnswerType.MULTIPLE_CHOICE), random);
                String option = question.options().stream().filter(o -> !o.exclusive()).findFirst().orElseThrow().id();
                answers.put(question.id(), List.of(option, option));
                return json(spoil, body, "answers." + question.id());
            }
            case HIDDEN_QUESTION_ANSWERED -> {
                Question hidden = pick(questions.stream().filter(q -> q.showIf() != null).toList(), random);
                answers.remove(hidden.showIf().question());
                Object value = new Submissions(questionnaire).validAnswer(hidden).sample();
                answers.put(hidden.id(), value instanceof String text && text.isBlank() ? "x" : value);
                return json(spoil, body, "answers." + hidden.id());
            }
            case PARTICIPANT_WRONG -> {
                Object[] wrong = {42, true, List.of("shop"), Map.of("name", "shop"), " \t ", "p".repeat(201), null};
                Object value = wrong[random.nextInt(wrong.length)];
                if (value == null) {
                    body.remove("participant");
                } else {
                    body.put("participant", value);
                }
                return json(spoil, body, "participant");
            }
            case LANGUAGE_WRONG -> {
                Object[] wrong = {"xx", "EN", 1, List.of("en"), null};
                body.put("language", wrong[random.nextInt(wrong.length)]);
                return json(spoil, body, "language");
            }
            case ANSWERS_NOT_AN_OBJECT -> {
                Object[] wrong = {List.of("content-lead"), "content-lead", 3, false};
                body.put("answers", wrong[random.nextInt(wrong.length)]);
                return json(spoil, body, "answers");
            }
            case UNKNOWN_FIELD -> {
                body.put(random.nextBoolean() ? "answer" : "participantId", "x");
                return json(spoil, body, body.containsKey("answer") ? "answer" : "participantId");
            }
            case FIELD_TWICE -> {
                String text = JSON.writeValueAsString(body);
                return new Malformed(spoil, utf8(text.replaceFirst("^\\{", "{\"language\":\"en\",")), "application/json", "language");
            }
            case TRAILING_CONTENT -> {
                String[] tails = {" {}", "x", ",", " \"more\"", "]", " 1"};
                return new Malformed(spoil, utf8(JSON.writeValueAsString(body) + tails[random.nextInt(tails.length)]),
                        "application/json", "body");
            }
            case INVALID_UTF8 -> {
                int[][] sequences = {{0xff}, {0xc0, 0xaf}, {0xed, 0xa0, 0x80}, {0xf4, 0x90, 0x80, 0x80}, {0xe4, 0xb8}, {0x80}};
                body.put("participant", "shop-MARK-42");
                String text = JSON.writeValueAsString(body);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.writeBytes(utf8(text.substring(0, text.indexOf("MARK"))));
                for (int b : sequences[random.nextInt(sequences.length)]) {
                    out.write(b);
                }
                out.writeBytes(utf8(text.substring(text.indexOf("MARK") + 4)));
                return new Malformed(spoil, out.toByteArray(), "application/json", "body");
            }
            case LONE_SURROGATE -> {
                body.put("participant", "shop-MARK-42");
                String escape = random.nextBoolean() ? "\\ud83d" : "\\udc00";
                return new Malformed(spoil, utf8(JSON.writeValueAsString(body).replace("MARK", escape)),
                        "application/json", "participant");
            }
            case TRUNCATED -> {
                String text = JSON.writeValueAsString(body);
                return new Malformed(spoil, utf8(text.substring(0, random.nextInt(text.length() - 1))),
                        "application/json", "body");
            }
            case NOT_AN_OBJECT -> {
                String[] roots = {"[]", "null", "42", "\"shop\"", "true", "[{}]"};
                return new Malformed(spoil, utf8(roots[random.nextInt(roots.length)]), "application/json", "body");
            }
            case NOT_JSON_CONTENT_TYPE -> {
                String[] types = {"text/plain", "*/*", "application/xml", "application/json; charset=latin1", "multipart/form-data"};
                return new Malformed(spoil, JSON.writeValueAsBytes(body), types[random.nextInt(types.length)], "Content-Type");
            }
            case TOO_MANY_ANSWERS -> {
                for (int i = 0; answers.size() <= 2 * questions.size(); i++) {
                    answers.put("extra-" + i, true);
                }
                return json(spoil, body, "answers");
            }
            case TOO_DEEP -> {
                Question question = pick(questions, random);
                Object deep = List.of();
                for (int i = 0; i < 20 + random.nextInt(20); i++) {
                    deep = List.of(deep);
                }
                answers.put(question.id(), deep);
                return json(spoil, body, "answers." + question.id() + "[0]".repeat(14));
            }
            default -> throw new IllegalArgumentException(spoil.toString());
        }
    }

    private static Object wrongType(Question question, Random random) {
        Object[] candidates = switch (question.type()) {
            case YES_NO -> new Object[] {"maybe", 1, List.of(true), Map.of("yes", true)};
            case SINGLE_CHOICE -> new Object[] {3, true, List.of(question.options().get(0).id()), Map.of()};
            case MULTIPLE_CHOICE -> new Object[] {question.options().get(0).id(), 3, true, Map.of(), List.of(1)};
            case NUMBER -> new Object[] {"five", true, List.of(1), Map.of("value", 1)};
            case TEXT -> new Object[] {12, true, List.of("text"), Map.of("text", "x")};
        };
        return candidates[random.nextInt(candidates.length)];
    }

    private static Malformed json(Spoil spoil, Map<String, Object> body, String field) throws Exception {
        return new Malformed(spoil, JSON.writeValueAsBytes(body), "application/json", field);
    }

    private static List<Question> ofType(List<Question> questions, AnswerType... types) {
        List<AnswerType> wanted = List.of(types);
        return questions.stream().filter(question -> wanted.contains(question.type())).toList();
    }

    private static <T> T pick(List<T> items, Random random) {
        return items.get(random.nextInt(items.size()));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
