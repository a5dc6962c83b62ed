package app.commerceadvisor.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Started with no first trainer configured (and none in the database), the service says how to configure
 * one and lets nobody in: there is no default password to fall back on.
 */
@QuarkusTest
@TestProfile(NoFirstTrainerTest.NoTrainer.class)
class NoFirstTrainerTest {

    /** No first trainer, and a database of its own. */
    public static class NoTrainer implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("advisor.first-trainer.username", "", "advisor.first-trainer.password", "",
                    "quarkus.datasource.jdbc.url", "jdbc:h2:mem:advisor-no-trainer;DB_CLOSE_DELAY=-1");
        }
    }

    @Test
    void nobodySignsInAndTheLogSaysWhatToSet() throws Exception {
        given().when().get("/api/accounts/me").then().statusCode(401);
        given().auth().none().when().get("/api/questionnaire").then().statusCode(200);
        assertThat(Files.readString(Path.of("target", "quarkus-test.log"), StandardCharsets.UTF_8))
                .contains("No trainer account exists yet", "ADVISOR_FIRST_TRAINER_USERNAME", "ADVISOR_FIRST_TRAINER_PASSWORD");
    }
}
