package app.commerceadvisor.knowledge;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the running service picks up trainers' edits. */
@ConfigMapping(prefix = "advisor.reload")
public interface ReloadConfig {

    /** Whether saving a file under the rules or knowledge-base folder reloads the content. */
    @WithDefault("true")
    boolean watch();

    /** How long the folders must be quiet after a change before the content is reloaded. */
    @WithDefault("300ms")
    Duration debounce();
}
