package app.commerceadvisor.packaged;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The packaged service ({@code target/quarkus-app/quarkus-run.jar}, built by {@code package} before the
 * integration tests) started as an operator starts it: its own process, a working folder (where its H2
 * file lies), a free port on the loopback address, and its log in a file. For the integration tests that
 * kill, restart or break the real service.
 */
public final class PackagedService {

    /** A started service: its process, where it answers, and its log. */
    public record Started(Process process, URI baseUri, Path log) {
    }

    private PackagedService() {
    }

    /** The first trainer every packaged service under test creates at its first start. */
    public static final String TRAINER = "it-trainer";
    public static final String TRAINER_PASSWORD = "it-trainer-password";
    /** The key of session cookies (base64 of 32 bytes), fixed so that a session outlives a restart. */
    private static final String SESSION_KEY = "c2Vzc2lvbi1rZXktb2YtdGhlLWl0LXRlc3RzLTMyYg==";

    /**
     * Starts the service in {@code workingFolder} with the given {@code -D} options and waits until
     * {@code /q/health/ready} answers 200; fails the test, with the end of the log, when it exits or is not
     * ready in time (and stops it then).
     */
    public static Started start(Path workingFolder, Path log, Duration readyTimeout, HttpClient http,
            String... options) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("advisor.jar", "target/quarkus-app/quarkus-run.jar")).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            fail("No packaged service at " + jar + "; run './mvnw verify' (package builds it before this test)");
        }
        int port = freePort();
        URI baseUri = URI.create("http://127.0.0.1:" + port);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // C1 only: halves the CPU a start takes on two cores, where the JIT competes with the rule
                // compiler; what these tests prove does not depend on the JIT
                "-XX:TieredStopAtLevel=1"));
        command.addAll(List.of("-Dadvisor.first-trainer.username=" + TRAINER,
                "-Dadvisor.first-trainer.password=" + TRAINER_PASSWORD,
                "-Dquarkus.http.auth.session.encryption-key=" + SESSION_KEY));
        command.addAll(List.of(options));
        command.addAll(List.of("-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + port, "-jar", jar.toString()));
        Process service = new ProcessBuilder(command)
                .directory(workingFolder.toFile())
                .redirectErrorStream(true)
                .redirectOutput(Redirect.to(log.toFile()))
                .start();

        HttpRequest ready = HttpRequest.newBuilder(baseUri.resolve("/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).GET().build();
        long deadline = System.nanoTime() + readyTimeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!service.isAlive()) {
                fail("The service exited with " + service.exitValue() + " before it was ready; " + log
                        + " ends with:\n" + tail(log));
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return new Started(service, baseUri, log);
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        service.destroyForcibly();
        fail("The service was not ready within " + readyTimeout.toSeconds() + " s at " + baseUri
                + "/q/health/ready; " + log + " ends with:\n" + tail(log));
        throw new AssertionError("unreachable");
    }

    /** The header of a call signed in as the first trainer with HTTP Basic (each such call checks the bcrypt hash). */
    public static String basicAuthorization() {
        return "Basic " + Base64.getEncoder().encodeToString((TRAINER + ":" + TRAINER_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Signs in once as the first trainer and returns the {@code Cookie} header value of the session, for
     * calls made in numbers (no bcrypt check per call). The encryption key is fixed, so the session outlives
     * a restart of the service.
     */
    public static String signIn(HttpClient http, URI baseUri) throws IOException, InterruptedException {
        HttpResponse<Void> response = http.send(HttpRequest.newBuilder(baseUri.resolve("/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=" + TRAINER + "&j_password=" + TRAINER_PASSWORD))
                .build(), HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != 200) {
            fail("Signing in at " + baseUri + "/j_security_check answered " + response.statusCode());
        }
        return response.headers().allValues("set-cookie").stream().map(cookie -> cookie.split(";", 2)[0])
                .filter(cookie -> cookie.startsWith("quarkus-credential=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie after signing in"));
    }

    /** The last 40 lines of a log, for a failure message. */
    public static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return lines.subList(Math.max(0, lines.size() - 40), lines.size()).stream().collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
