package app.commerceadvisor.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import app.commerceadvisor.security.SignedInAsTrainer;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A burst beyond what the service evaluates at once is answered at once: 503 problem+json with
 * Retry-After for what cannot start, 201 for the rest, and only the 201s are stored.
 */
@QuarkusTest
@TestProfile(BusyServiceTest.OneAtATime.class)
class BusyServiceTest {

    /** One assessment at a time and no waiting, so that a burst is sure to meet the limit. */
    public static class OneAtATime implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("advisor.api.max-concurrent-assessments", "1", "advisor.api.busy-wait", "0s");
        }
    }

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @Test
    void burstBeyondTheLimitGets503WithRetryAfterAndStoresOnlyWhatWasAcknowledged() throws Exception {
        byte[] body = new ObjectMapper().writeValueAsBytes(Merchants.request("en", Merchants.healthy()));
        HttpClient client = HttpClient.newHttpClient();
        long before = StoredRows.assessments();

        List<CompletableFuture<HttpResponse<String>>> burst = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            burst.add(client.sendAsync(SignedInAsTrainer.request(URI.create("http://localhost:" + port + "/api/assessments"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString()));
        }
        List<HttpResponse<String>> answers = burst.stream().map(CompletableFuture::join).toList();

        List<HttpResponse<String>> refused = answers.stream().filter(answer -> answer.statusCode() == 503).toList();
        long created = answers.stream().filter(answer -> answer.statusCode() == 201).count();
        assertThat(created + refused.size()).isEqualTo(40);
        assertThat(created).isPositive();
        assertThat(refused).isNotEmpty().allSatisfy(answer -> {
            assertThat(answer.headers().firstValue("Retry-After")).hasValue("1");
            assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/problem+json"));
            assertThat(answer.body()).contains("\"status\":503", "nothing was stored");
        });
        assertThat(StoredRows.assessments()).isEqualTo(before + created);
    }
}
