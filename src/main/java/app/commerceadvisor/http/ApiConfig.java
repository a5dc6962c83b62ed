package app.commerceadvisor.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of the REST API. */
@ConfigMapping(prefix = "advisor.api")
public interface ApiConfig {

    /** The largest request body accepted, in bytes; larger ones get 413 and change nothing. */
    @WithDefault("65536")
    long maxBodyBytes();
}
