package app.commerceadvisor.security;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/**
 * Every {@code @QuarkusTest}'s HTTP calls sign in as the first trainer of the test profile unless a call
 * says otherwise ({@code given().auth().none()}, or another account's credentials): the trainer may call
 * every endpoint, so tests about something else need not care who calls. Registered through
 * {@code META-INF/services}, so it runs in Quarkus' test class loader, where the tests' RestAssured lives;
 * the tests about rights sign in as each role themselves.
 */
public class SignedInAsTrainer implements QuarkusTestBeforeEachCallback {

    public static final String USERNAME = "trainer";
    public static final String PASSWORD = "trainer-test-password";

    /** A request of the JDK's HTTP client signed in as the trainer, for tests that need raw HTTP. */
    public static java.net.http.HttpRequest.Builder request(java.net.URI uri) {
        return java.net.http.HttpRequest.newBuilder(uri).header("Authorization", "Basic " + java.util.Base64.getEncoder()
                .encodeToString((USERNAME + ":" + PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        RestAssured.authentication = RestAssured.preemptive().basic(USERNAME, PASSWORD);
    }
}
