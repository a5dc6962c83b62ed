package app.commerceadvisor.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Limits of the REST API. */
@ConfigMapping(prefix = "advisor.api")
public interface ApiConfig {

    /** The largest request body accepted, in bytes; larger ones get 413 and change nothing. */
    @WithDefault("65536")
    long maxBodyBytes();

    /** How many assessments are evaluated and stored at once; more wait (see {@link #busyWait()}). */
    @WithDefault("16")
    int maxConcurrentAssessments();

    /** How long an assessment waits for its turn before it is refused with 503 and Retry-After. */
    @WithDefault("2s")
    Duration busyWait();
}
