package app.commerceadvisor.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Accounts are made by trainers, keep only a bcrypt hash of the password, and sign in with it. */
@QuarkusTest
class AccountsTest {

    private static final Path LOG = Path.of("target", "quarkus-test.log");

    @Test
    void passwordIsStoredAsABcryptHashThatSignsInAndAppearsInNoAnswerOrLogLine() throws Exception {
        String username = "hash-" + Long.toString(System.nanoTime(), 36);
        String password = "correct horse " + Long.toString(System.nanoTime(), 36);

        String created = given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password, "roles", List.of("participant", "coach")))
                .when().post("/api/accounts")
                .then().statusCode(201).header("Location", org.hamcrest.Matchers.startsWith("/api/accounts/"))
                .body("username", equalTo(username)).body("roles", containsInAnyOrder("participant", "coach"))
                .extract().asString();

        String stored = QuarkusTransaction.requiringNew().call(() -> Account.byUsername(username).orElseThrow().password);
        assertThat(stored).as("bcrypt in modular crypt form").matches("\\$2[aby]?\\$\\d\\d\\$[./A-Za-z0-9]{53}")
                .doesNotContain(password);
        assertThat(created).doesNotContain(password).doesNotContain(stored).doesNotContain("password");
        given().auth().preemptive().basic(username, password).when().get("/api/accounts/me")
                .then().statusCode(200).body("username", equalTo(username));
        given().auth().preemptive().basic(username, password + "x").when().get("/api/accounts/me")
                .then().statusCode(401);
        given().when().get("/api/accounts").then().statusCode(200)
                .body("username", hasItem(username)).body(not(org.hamcrest.Matchers.containsString(stored)));
        assertThat(Files.readString(LOG, StandardCharsets.UTF_8)).as("the test log " + LOG)
                .contains(username).doesNotContain(password).doesNotContain(stored);
    }

    @Test
    void badAccountNamesEveryFieldAtFaultAndStoresNothing() {
        given().contentType(ContentType.JSON)
                .body(Map.of("username", "Has Spaces", "password", "short", "roles", List.of("admin")))
                .when().post("/api/accounts")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("username", "password", "roles"));
        given().when().get("/api/accounts").then().statusCode(200).body("username", not(hasItem("Has Spaces")));
    }

    @Test
    void takenUserNameIsAConflictAndKeepsTheFirstAccount() {
        String username = "taken-" + Long.toString(System.nanoTime(), 36);
        Map<String, Object> account = Map.of("username", username, "password", "first-password-1", "roles",
                List.of("participant"));
        given().contentType(ContentType.JSON).body(account).when().post("/api/accounts").then().statusCode(201);
        given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", "second-password-2", "roles", List.of("trainer")))
                .when().post("/api/accounts").then().statusCode(409).contentType("application/problem+json");
        given().auth().preemptive().basic(username, "first-password-1").when().get("/api/accounts/me")
                .then().statusCode(200).body("roles", containsInAnyOrder("participant"));
    }

    @Test
    void passwordIsChangedWithTheCurrentOneOrResetByATrainer() {
        String username = "changes-" + Long.toString(System.nanoTime(), 36);
        given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", "first-password-1", "roles", List.of("participant")))
                .when().post("/api/accounts").then().statusCode(201);

        given().auth().preemptive().basic(username, "first-password-1").contentType(ContentType.JSON)
                .body(Map.of("current", "not-the-password", "password", "second-password-2"))
                .when().put("/api/accounts/me/password").then().statusCode(400).body("errors.field", hasItem("current"));
        given().auth().preemptive().basic(username, "first-password-1").contentType(ContentType.JSON)
                .body(Map.of("current", "first-password-1", "password", "second-password-2"))
                .when().put("/api/accounts/me/password").then().statusCode(204);
        given().auth().preemptive().basic(username, "first-password-1").when().get("/api/accounts/me").then().statusCode(401);
        given().auth().preemptive().basic(username, "second-password-2").when().get("/api/accounts/me").then().statusCode(200);

        given().contentType(ContentType.JSON).body(Map.of("password", "third-password-3"))
                .when().put("/api/accounts/" + username + "/password").then().statusCode(204);
        given().auth().preemptive().basic(username, "third-password-3").when().get("/api/accounts/me").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("password", "short"))
                .when().put("/api/accounts/" + username + "/password").then().statusCode(400)
                .body("errors.field", hasItem("password"));
        given().contentType(ContentType.JSON).body(Map.of("password", "fourth-password-4"))
                .when().put("/api/accounts/nobody-" + username + "/password").then().statusCode(404);
    }

    @Test
    void firstTrainerComesFromConfiguration() {
        given().when().get("/api/accounts/me").then().statusCode(200)
                .body("username", equalTo(SignedInAsTrainer.USERNAME)).body("roles", containsInAnyOrder("trainer"));
    }

    @Test
    void signingInOnceGivesAnHttpOnlySameSiteSessionThatLaterCallsUse() {
        io.restassured.response.Response signIn = given().auth().none().contentType(ContentType.URLENC)
                .formParam("j_username", SignedInAsTrainer.USERNAME).formParam("j_password", SignedInAsTrainer.PASSWORD)
                .when().post("/j_security_check");
        assertThat(signIn.statusCode()).isEqualTo(200);
        String cookie = signIn.getHeaders().getValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("quarkus-credential=")).findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict");
        given().auth().none().cookie("quarkus-credential", signIn.getCookie("quarkus-credential"))
                .when().get("/api/accounts/me").then().statusCode(200).body("username", equalTo(SignedInAsTrainer.USERNAME));
        given().auth().none().contentType(ContentType.URLENC)
                .formParam("j_username", SignedInAsTrainer.USERNAME).formParam("j_password", "wrong")
                .when().post("/j_security_check").then().statusCode(401);
    }
}
