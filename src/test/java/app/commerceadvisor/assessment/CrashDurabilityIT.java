package app.commerceadvisor.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import app.commerceadvisor.packaged.PackagedService;
import app.commerceadvisor.packaged.PackagedService.Started;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Acknowledged means durable: an assessment the service answered with {@code 201} is still there, unchanged,
 * after the process was killed with SIGKILL and started again on the same database.
 *
 * <p>Runs the packaged service ({@code target/quarkus-app/quarkus-run.jar}, system property
 * {@code advisor.jar}, set by failsafe) as a child process in a fresh folder under {@code target/}, with the
 * default configuration, so its H2 file is {@code ./data/} of that folder as in production. Sixteen threads
 * post the example merchants of {@code knowledge-base/scenarios/} as fast as they can; two to three seconds
 * into the load (counted from the first {@code 201}, and no earlier than the hundredth) the process is killed
 * with SIGKILL, then started again on the same folder, and every assessment acknowledged so far, in this cycle
 * or an earlier one, is read back and compared byte for byte with the body of its {@code 201}. Three such
 * cycles; each prints a line starting with {@code [crash-durability]}. The service's output goes to
 * {@code target/crash-durability/<time>/service-N.log}, beside the working folder {@code work/}.
 */
class CrashDurabilityIT {

    private static final int CYCLES = 3;
    private static final int THREADS = 16;
    private static final int MIN_ACKNOWLEDGED_PER_CYCLE = 100;
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    /** The kill comes this long after the first 201 of a load, plus up to a second more, chosen at random. */
    private static final Duration LOAD_BEFORE_KILL = Duration.ofSeconds(2);
    /** A load on a machine too busy to reach {@link #MIN_ACKNOWLEDGED_PER_CYCLE} is killed after this, and fails. */
    private static final Duration MAX_LOAD = Duration.ofSeconds(30);
    /** How a process killed by signal 9 exits, as {@link Process#exitValue()} reports it on Linux. */
    private static final int KILLED_BY_SIGKILL = 128 + 9;
    private static final long NOT_YET = Long.MIN_VALUE;

    private static final Path RULES = Path.of("rules").toAbsolutePath();
    private static final Path KNOWLEDGE_BASE = Path.of("knowledge-base").toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    private final ExecutorService threads = Executors.newFixedThreadPool(THREADS);
    private Thread cleanupOnExit;
    private Path runFolder;
    private volatile Process service;
    private Path serviceLog;
    private URI baseUri;
    /** The session of the first trainer, signed in once per start: a Basic sign-in per call would cost a bcrypt check. */
    private String session;
    private int starts;

    @AfterEach
    void stopTheService() throws InterruptedException {
        threads.shutdownNow();
        threads.awaitTermination(20, TimeUnit.SECONDS);
        if (service != null) {
            service.destroyForcibly();
            service.waitFor(20, TimeUnit.SECONDS);
        }
        if (cleanupOnExit != null) {
            Runtime.getRuntime().removeShutdownHook(cleanupOnExit);
        }
    }

    @Test
    void everyAcknowledgedAssessmentSurvivesAKilledProcess() throws Exception {
        List<byte[]> merchants = merchantRequests();
        runFolder = Files.createDirectories(Path.of("target", "crash-durability")).toAbsolutePath()
                .resolve(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").format(LocalDateTime.now()));
        Path workingFolder = Files.createDirectories(runFolder.resolve("work"));
        cleanupOnExit = new Thread(() -> {
            if (service != null) {
                service.destroyForcibly();
            }
        });
        Runtime.getRuntime().addShutdownHook(cleanupOnExit);

        Map<String, byte[]> acknowledged = new ConcurrentHashMap<>();
        List<Cycle> cycles = new ArrayList<>();
        start(workingFolder);
        for (int number = 1; number <= CYCLES; number++) {
            Load load = postUntilKilled(merchants, acknowledged, LOAD_BEFORE_KILL
                    .plusMillis(ThreadLocalRandom.current().nextLong(1000)));
            start(workingFolder);
            Map<String, String> lost = readBack(acknowledged);
            Cycle cycle = new Cycle(number, load, acknowledged.size(), lost);
            cycles.add(cycle);
            System.out.println(cycle.summary());
        }

        for (Cycle cycle : cycles) {
            assertThat(cycle.load().exitValue())
                    .as("exit value of the service killed in cycle %d (%d = killed by SIGKILL)", cycle.number(),
                            KILLED_BY_SIGKILL)
                    .isEqualTo(KILLED_BY_SIGKILL);
            assertThat(cycle.load().acknowledged().size())
                    .as("assessments acknowledged with 201 in cycle %d; too few to prove anything", cycle.number())
                    .isGreaterThanOrEqualTo(MIN_ACKNOWLEDGED_PER_CYCLE);
            assertThat(cycle.load().refused())
                    .as("answers other than 201 to valid assessments in cycle %d", cycle.number())
                    .isEmpty();
            assertThat(cycle.lost().size())
                    .as("acknowledged assessments missing or changed after restart %d (%s); the first: %s",
                            cycle.number(), cycle.summary(), cycle.lost().values().stream().limit(5).toList())
                    .isZero();
        }
    }

    /** The example merchants as request bodies: each scenario's language and answers, read from its YAML. */
    private static List<byte[]> merchantRequests() throws IOException {
        List<byte[]> requests = new ArrayList<>();
        try (Stream<Path> files = Files.list(KNOWLEDGE_BASE.resolve("scenarios"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                JsonNode scenario = YAML.readTree(file.toFile());
                ObjectNode request = JSON.createObjectNode();
                request.put("participant", "crash test: " + file.getFileName());
                request.set("language", scenario.required("language"));
                request.set("answers", scenario.required("answers"));
                requests.add(JSON.writeValueAsBytes(request));
            }
        }
        assertThat(requests).as("example merchants in %s", KNOWLEDGE_BASE.resolve("scenarios")).isNotEmpty();
        return requests;
    }

    /**
     * Posts from {@link #THREADS} threads and records every assessment acknowledged with 201 (id and body);
     * kills the service while they post, {@code killAfter} after its first 201 once it acknowledged at least
     * {@link #MIN_ACKNOWLEDGED_PER_CYCLE} (a freshly started service is slow for its first second or so), or
     * after {@link #MAX_LOAD} at the latest. Requests in flight at the kill fail; only the 201s count.
     */
    private Load postUntilKilled(List<byte[]> merchants, Map<String, byte[]> acknowledged, Duration killAfter)
            throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        Set<String> acknowledgedNow = ConcurrentHashMap.newKeySet();
        AtomicLong firstAcknowledged = new AtomicLong(NOT_YET);
        AtomicInteger failed = new AtomicInteger();
        List<String> refused = Collections.synchronizedList(new ArrayList<>());
        URI assessments = baseUri.resolve("/api/assessments");
        List<Future<?>> posters = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int first = t;
            posters.add(threads.submit(() -> {
                for (int i = first; !stop.get(); i += THREADS) {
                    HttpRequest request = HttpRequest.newBuilder(assessments)
                            .timeout(REQUEST_TIMEOUT)
                            .header("Content-Type", "application/json")
                            .header("Accept", "application/json")
                            .header("Cookie", session)
                            .POST(HttpRequest.BodyPublishers.ofByteArray(merchants.get(i % merchants.size())))
                            .build();
                    try {
                        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        String body = new String(response.body(), StandardCharsets.UTF_8);
                        String id = response.statusCode() == 201 ? idOf(body) : null;
                        if (id != null) {
                            acknowledged.put(id, response.body());
                            acknowledgedNow.add(id);
                            firstAcknowledged.compareAndSet(NOT_YET, System.nanoTime());
                        } else {
                            refused.add(response.statusCode() + " " + body);
                        }
                    } catch (IOException e) {
                        failed.incrementAndGet(); // in flight at the kill, or sent after it
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }));
        }

        long loadStarted = System.nanoTime();
        while (System.nanoTime() - loadStarted < MAX_LOAD.toNanos()) {
            long firstAt = firstAcknowledged.get();
            if (firstAt != NOT_YET && System.nanoTime() - firstAt >= killAfter.toNanos()
                    && acknowledgedNow.size() >= MIN_ACKNOWLEDGED_PER_CYCLE) {
                break;
            }
            Thread.sleep(5);
        }
        long killedAfterMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - loadStarted);
        long first = firstAcknowledged.get();
        long firstAfterMillis = first == NOT_YET ? -1 : TimeUnit.NANOSECONDS.toMillis(first - loadStarted);
        Instant killedAt = Instant.now();
        int acknowledgedAtKill = acknowledgedNow.size();
        service.destroyForcibly(); // SIGKILL on Linux; the exit value checked in the test says so
        stop.set(true);
        if (!service.waitFor(20, TimeUnit.SECONDS)) {
            fail("The service did not die within 20 s of SIGKILL; log: " + serviceLog);
        }
        for (Future<?> poster : posters) {
            poster.get(REQUEST_TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS);
        }
        return new Load(Set.copyOf(acknowledgedNow), acknowledgedAtKill, killedAt, killedAfterMillis, firstAfterMillis,
                service.exitValue(), failed.get(), List.copyOf(refused));
    }

    /** Reads every acknowledged assessment back; answers the ids missing or not as acknowledged, with why. */
    private Map<String, String> readBack(Map<String, byte[]> acknowledged) throws Exception {
        Map<String, Future<String>> checks = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> assessment : acknowledged.entrySet()) {
            checks.put(assessment.getKey(), threads.submit(() -> {
                HttpRequest request = HttpRequest.newBuilder(baseUri.resolve("/api/assessments/" + assessment.getKey()))
                        .timeout(REQUEST_TIMEOUT)
                        .header("Accept", "application/json")
                        .header("Cookie", session)
                        .GET()
                        .build();
                HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                    return assessment.getKey() + ": " + response.statusCode();
                }
                if (!Arrays.equals(response.body(), assessment.getValue())) {
                    return assessment.getKey() + ": 200 but the body differs from the 201's:\n  acknowledged "
                            + new String(assessment.getValue(), StandardCharsets.UTF_8) + "\n  read back    "
                            + new String(response.body(), StandardCharsets.UTF_8);
                }
                return null;
            }));
        }
        Map<String, String> lost = new LinkedHashMap<>();
        for (Map.Entry<String, Future<String>> check : checks.entrySet()) {
            String problem = check.getValue().get(REQUEST_TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS);
            if (problem != null) {
                lost.put(check.getKey(), problem);
            }
        }
        return lost;
    }

    /** Starts the packaged service in the given working folder on a free port and waits until it is ready. */
    private void start(Path workingFolder) throws IOException, InterruptedException {
        Started started = PackagedService.start(workingFolder, runFolder.resolve("service-" + ++starts + ".log"),
                READY_TIMEOUT, http, "-Dadvisor.content.rules=" + RULES, "-Dadvisor.content.knowledge-base=" + KNOWLEDGE_BASE);
        service = started.process();
        baseUri = started.baseUri();
        serviceLog = started.log();
        session = PackagedService.signIn(http, baseUri);
    }

    /** The id of the assessment in a 201's body, or null when the body is no assessment. */
    private static String idOf(String body) {
        try {
            JsonNode id = JSON.readTree(body).get("id");
            return id == null || !id.isTextual() ? null : id.asText();
        } catch (IOException e) {
            return null;
        }
    }



    /** One load: what was acknowledged, and when and how the service was killed. */
    private record Load(Set<String> acknowledged, int acknowledgedAtKill, Instant killedAt, long killedAfterMillis,
            long firstAcknowledgedAfterMillis, int exitValue, int failedRequests, List<String> refused) {
    }

    /** One kill/restart cycle: its load and what the restarted service no longer had. */
    private record Cycle(int number, Load load, int acknowledgedSoFar, Map<String, String> lost) {

        long lostOfThisCycle() {
            return load.acknowledged().stream().filter(lost::containsKey).count();
        }

        String summary() {
            return String.format("[crash-durability] cycle %d: acknowledged %d (%d of them before the kill), "
                            + "lost %d of them and %d of all %d acknowledged so far; "
                            + "killed %d ms into the load (first 201 after %d ms) at %s, exit %d; "
                            + "%d requests failed without an answer, %d refused",
                    number, load.acknowledged().size(), load.acknowledgedAtKill(), lostOfThisCycle(), lost.size(),
                    acknowledgedSoFar, load.killedAfterMillis(), load.firstAcknowledgedAfterMillis(),
                    LocalTime.ofInstant(load.killedAt(), ZoneId.systemDefault()).truncatedTo(ChronoUnit.MILLIS),
                    load.exitValue(), load.failedRequests(), load.refused().size());
        }
    }
}
