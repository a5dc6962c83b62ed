package app.commerceadvisor.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint of the live OpenAPI document, called by every kind of caller: nobody, the participant whose
 * assessment it is, another participant, the coach of that participant's cohort, the coach of another
 * cohort, and a trainer. Each endpoint must have a rule here, so a new endpoint without one fails this test;
 * each call must end as its rule says (allowed, 401, 403 or 404).
 */
@QuarkusTest
class AuthorizationMatrixTest {

    enum Caller { ANONYMOUS, OWNER, OTHER_PARTICIPANT, COHORT_COACH, OTHER_COACH, TRAINER }

    enum Outcome {
        ALLOWED("allowed"), UNAUTHORIZED("401"), FORBIDDEN("403"), HIDDEN("404");

        final String label;

        Outcome(String label) {
            this.label = label;
        }
    }

    private static final String PASSWORD = "matrix-password-1";

    /** Who may call each endpoint, by kind of caller, as "METHOD path" of the OpenAPI document. */
    private static final Map<String, Map<Caller, Outcome>> RULES = new TreeMap<>();

    static {
        Map<Caller, Outcome> everybody = rule(Outcome.ALLOWED, Outcome.ALLOWED, Outcome.ALLOWED, Outcome.ALLOWED,
                Outcome.ALLOWED, Outcome.ALLOWED);
        Map<Caller, Outcome> signedIn = rule(Outcome.UNAUTHORIZED, Outcome.ALLOWED, Outcome.ALLOWED, Outcome.ALLOWED,
                Outcome.ALLOWED, Outcome.ALLOWED);
        Map<Caller, Outcome> trainers = rule(Outcome.UNAUTHORIZED, Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.FORBIDDEN,
                Outcome.FORBIDDEN, Outcome.ALLOWED);
        Map<Caller, Outcome> submitters = rule(Outcome.UNAUTHORIZED, Outcome.ALLOWED, Outcome.ALLOWED, Outcome.FORBIDDEN,
                Outcome.FORBIDDEN, Outcome.ALLOWED);
        Map<Caller, Outcome> readers = rule(Outcome.UNAUTHORIZED, Outcome.ALLOWED, Outcome.HIDDEN, Outcome.ALLOWED,
                Outcome.HIDDEN, Outcome.ALLOWED);
        Map<Caller, Outcome> owner = rule(Outcome.UNAUTHORIZED, Outcome.ALLOWED, Outcome.HIDDEN, Outcome.FORBIDDEN,
                Outcome.HIDDEN, Outcome.FORBIDDEN);
        Map<Caller, Outcome> coachesAndTrainers = rule(Outcome.UNAUTHORIZED, Outcome.FORBIDDEN, Outcome.FORBIDDEN,
                Outcome.ALLOWED, Outcome.ALLOWED, Outcome.ALLOWED);
        Map<Caller, Outcome> cohortCoaches = rule(Outcome.UNAUTHORIZED, Outcome.FORBIDDEN, Outcome.FORBIDDEN,
                Outcome.ALLOWED, Outcome.HIDDEN, Outcome.FORBIDDEN);
        Map<Caller, Outcome> cohortReaders = rule(Outcome.UNAUTHORIZED, Outcome.FORBIDDEN, Outcome.FORBIDDEN,
                Outcome.ALLOWED, Outcome.HIDDEN, Outcome.ALLOWED);

        RULES.put("GET /api/questionnaire", everybody);
        RULES.put("GET /api/pitfalls", everybody);
        RULES.put("GET /api/knowledge-base/status", trainers);
        RULES.put("POST /api/knowledge-base/reload", trainers);
        RULES.put("POST /api/knowledge-base/preview", trainers);
        RULES.put("GET /api/knowledge-base/versions", trainers);
        RULES.put("POST /api/assessments", submitters);
        RULES.put("GET /api/assessments", signedIn);
        RULES.put("GET /api/assessments/{id}", readers);
        RULES.put("PATCH /api/assessments/{id}/answers", owner);
        RULES.put("GET /api/assessments/{id}/reviews", readers);
        RULES.put("PUT /api/assessments/{id}/reviews/summary", cohortCoaches);
        RULES.put("PUT /api/assessments/{id}/reviews/{finding}", cohortCoaches);
        RULES.put("GET /api/assessments/{id}/revisions", readers);
        RULES.put("GET /api/assessments/{id}/revisions/{revision}", readers);
        RULES.put("GET /api/assessments/{id}/follow-up", readers);
        RULES.put("GET /api/assessments/{id}/what-if", readers);
        RULES.put("POST /api/assessments/{id}/what-if", readers);
        RULES.put("POST /api/assessments/{id}/re-evaluate", trainers);
        RULES.put("POST /api/interview/next", signedIn);
        RULES.put("POST /api/accounts", trainers);
        RULES.put("GET /api/accounts", trainers);
        RULES.put("GET /api/accounts/me", signedIn);
        RULES.put("PUT /api/accounts/me/password", signedIn);
        RULES.put("PUT /api/accounts/{username}/password", trainers);
        RULES.put("POST /api/cohorts", trainers);
        RULES.put("GET /api/cohorts", coachesAndTrainers);
        RULES.put("GET /api/cohorts/{id}", cohortReaders);
        RULES.put("GET /api/cohorts/{id}/summary", cohortReaders);
        RULES.put("GET /api/knowledge-base/feedback", trainers);
        RULES.put("POST /api/knowledge-base/feedback/{review}/scenario", trainers);
        RULES.put("PUT /api/cohorts/{id}/members/{username}", trainers);
        RULES.put("DELETE /api/cohorts/{id}/members/{username}", trainers);
    }

    /** A body each endpoint reads, so that an allowed call gets past reading it. */
    private static final Map<String, String> BODIES = Map.ofEntries(
            Map.entry("POST /api/assessments", "{\"participant\": \"matrix\", \"language\": \"en\", \"answers\": {\"content-lead\": false}}"),
            Map.entry("PUT /api/assessments/{id}/reviews/summary", "{\"note\": \"Start with the content lead.\"}"),
            Map.entry("PUT /api/assessments/{id}/reviews/{finding}", "{\"verdict\": \"agree\", \"note\": \"Right.\"}"),
            Map.entry("PATCH /api/assessments/{id}/answers", "{\"answers\": {}}"),
            Map.entry("POST /api/assessments/{id}/what-if", "{\"answers\": {}}"),
            Map.entry("POST /api/interview/next", "{\"language\": \"en\", \"answers\": {}, \"skipped\": []}"),
            Map.entry("POST /api/accounts", "{}"),
            Map.entry("PUT /api/accounts/me/password", "{\"current\": \"wrong\", \"password\": \"x\"}"),
            Map.entry("PUT /api/accounts/{username}/password", "{\"password\": \"x\"}"),
            Map.entry("POST /api/cohorts", "{}"),
            Map.entry("PUT /api/cohorts/{id}/members/{username}", "{\"role\": \"participant\"}"));

    private final Map<Caller, String> usernames = new EnumMap<>(Caller.class);
    private String assessment;
    private String finding;
    /** A coach's agreement: only a disagreement becomes a scenario, so a trainer's call changes no file. */
    private String review;
    private String cohort;
    private String spare;

    /** Two cohorts, each with a participant and a coach; the first participant's assessment. */
    @BeforeEach
    void twoCohorts() {
        String run = Long.toString(System.nanoTime(), 36);
        usernames.put(Caller.OWNER, "owner-" + run);
        usernames.put(Caller.OTHER_PARTICIPANT, "other-" + run);
        usernames.put(Caller.COHORT_COACH, "coach-" + run);
        usernames.put(Caller.OTHER_COACH, "coach-other-" + run);
        usernames.put(Caller.TRAINER, SignedInAsTrainer.USERNAME);
        spare = "spare-" + run;
        account(usernames.get(Caller.OWNER), "participant");
        account(usernames.get(Caller.OTHER_PARTICIPANT), "participant");
        account(usernames.get(Caller.COHORT_COACH), "coach");
        account(usernames.get(Caller.OTHER_COACH), "coach");
        account(spare, "participant");
        cohort = cohort("matrix-a-" + run, usernames.get(Caller.OWNER), usernames.get(Caller.COHORT_COACH));
        cohort("matrix-b-" + run, usernames.get(Caller.OTHER_PARTICIPANT), usernames.get(Caller.OTHER_COACH));
        JsonPath made = as(Caller.OWNER).contentType(ContentType.JSON).body(BODIES.get("POST /api/assessments"))
                .when().post("/api/assessments").then().statusCode(201).extract().jsonPath();
        assessment = made.getString("id");
        finding = made.getString("findings[0].pitfall"); // a finding id is new in every revision; its pitfall stays
        review = as(Caller.COHORT_COACH).contentType(ContentType.JSON).body("{\"verdict\": \"agree\"}")
                .when().put("/api/assessments/" + assessment + "/reviews/" + finding).then().statusCode(200)
                .extract().path("id");
    }

    @Test
    void everyEndpointOfTheOpenApiDocumentHasARuleAndEveryCallerGetsWhatItSays() {
        JsonPath document = given().auth().none().queryParam("format", "json").when().get("/q/openapi").then()
                .statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = document.getMap("paths");
        List<String> endpoints = new ArrayList<>();
        paths.forEach((path, operations) -> operations.keySet().stream()
                .filter(method -> List.of("get", "post", "put", "patch", "delete").contains(method))
                .forEach(method -> endpoints.add(method.toUpperCase(Locale.ROOT) + " " + path)));

        assertThat(endpoints).as("endpoints of /q/openapi without a rule in this test").allMatch(RULES::containsKey);
        assertThat(RULES.keySet()).as("rules for endpoints /q/openapi no longer has").allMatch(endpoints::contains);

        List<String> wrong = new ArrayList<>();
        Map<String, String> table = new LinkedHashMap<>();
        for (String endpoint : RULES.keySet()) {
            StringBuilder row = new StringBuilder("| `" + endpoint + "` |");
            for (Caller caller : Caller.values()) {
                Outcome expected = RULES.get(endpoint).get(caller);
                Response response = call(caller, endpoint);
                if (!ends(response, expected)) {
                    wrong.add(endpoint + " by " + caller + ": expected " + expected.label + ", got " + response.statusCode()
                            + " " + response.asString());
                }
                row.append(' ').append(expected.label).append(" |");
            }
            table.put(endpoint, row.toString());
        }
        System.out.println("[authorization] | endpoint | anonymous | owner | other participant | cohort's coach "
                + "| other coach | trainer |");
        table.values().forEach(row -> System.out.println("[authorization] " + row));
        assertThat(wrong).isEmpty();
    }

    @Test
    void listsShowEachCallerOnlyWhatTheyMayRead() {
        List<String> own = as(Caller.OWNER).when().get("/api/assessments").then().statusCode(200).extract()
                .jsonPath().getList("id", String.class);
        List<String> others = as(Caller.OTHER_PARTICIPANT).when().get("/api/assessments").then().statusCode(200)
                .extract().jsonPath().getList("id", String.class);
        List<String> coached = as(Caller.COHORT_COACH).when().get("/api/assessments?cohort=" + cohort).then()
                .statusCode(200).extract().jsonPath().getList("id", String.class);
        List<String> otherCoach = as(Caller.OTHER_COACH).when().get("/api/assessments").then().statusCode(200)
                .extract().jsonPath().getList("id", String.class);
        List<String> byParticipant = as(Caller.TRAINER).when()
                .get("/api/assessments?participant=" + usernames.get(Caller.OWNER)).then().statusCode(200).extract()
                .jsonPath().getList("id", String.class);

        assertThat(own).containsExactly(assessment);
        assertThat(others).doesNotContain(assessment);
        assertThat(coached).containsExactly(assessment);
        assertThat(otherCoach).doesNotContain(assessment);
        assertThat(byParticipant).containsExactly(assessment);
    }

    private Response call(Caller caller, String endpoint) {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String path = endpoint.substring(endpoint.indexOf(' ') + 1)
                .replace("/api/cohorts/{id}", "/api/cohorts/" + cohort)
                .replace("{id}", assessment)
                .replace("{revision}", "1")
                .replace("{finding}", finding)
                .replace("{review}", review)
                .replace("{username}", spare);
        RequestSpecification request = as(caller).accept(ContentType.JSON);
        if (BODIES.containsKey(endpoint)) {
            request.contentType(ContentType.JSON).body(BODIES.get(endpoint));
        }
        return request.request(method, path);
    }

    private static boolean ends(Response response, Outcome expected) {
        int status = response.statusCode();
        return switch (expected) {
            case ALLOWED -> status < 500 && status != 401 && status != 403 && status != 404;
            case UNAUTHORIZED -> status == 401 && response.header("WWW-Authenticate") != null
                    && response.contentType().startsWith("application/problem+json");
            case FORBIDDEN -> status == 403 && response.contentType().startsWith("application/problem+json");
            case HIDDEN -> status == 404 && response.contentType().startsWith("application/problem+json");
        };
    }

    private RequestSpecification as(Caller caller) {
        return switch (caller) {
            case ANONYMOUS -> given().auth().none();
            case TRAINER -> given().auth().preemptive().basic(SignedInAsTrainer.USERNAME, SignedInAsTrainer.PASSWORD);
            default -> given().auth().preemptive().basic(usernames.get(caller), PASSWORD);
        };
    }

    private static Map<Caller, Outcome> rule(Outcome anonymous, Outcome owner, Outcome otherParticipant,
            Outcome cohortCoach, Outcome otherCoach, Outcome trainer) {
        Map<Caller, Outcome> rule = new EnumMap<>(Caller.class);
        rule.put(Caller.ANONYMOUS, anonymous);
        rule.put(Caller.OWNER, owner);
        rule.put(Caller.OTHER_PARTICIPANT, otherParticipant);
        rule.put(Caller.COHORT_COACH, cohortCoach);
        rule.put(Caller.OTHER_COACH, otherCoach);
        rule.put(Caller.TRAINER, trainer);
        return rule;
    }

    private static void account(String username, String role) {
        given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", PASSWORD, "roles", List.of(role)))
                .when().post("/api/accounts").then().statusCode(201);
    }

    private static String cohort(String name, String participant, String coach) {
        String id = given().contentType(ContentType.JSON).body(Map.of("name", name))
                .when().post("/api/cohorts").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body(Map.of("role", "participant"))
                .when().put("/api/cohorts/" + id + "/members/" + participant).then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("role", "coach"))
                .when().put("/api/cohorts/" + id + "/members/" + coach).then().statusCode(200);
        return id;
    }
}
