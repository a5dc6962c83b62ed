package app.commerceadvisor.knowledge;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;

/** Where the trainers' content lives. Relative paths are resolved against the working directory. */
@ConfigMapping(prefix = "advisor.content")
public interface ContentConfig {

    /** The folder of DRL rule files. */
    @WithDefault("rules")
    Path rules();

    /** The folder with questionnaire.yaml, pitfalls.yaml and documents.yaml. */
    @WithDefault("knowledge-base")
    Path knowledgeBase();

    /**
     * Where the last good version kept in the database is written back to (one folder per version) when the
     * content has problems at start-up, to be loaded from there.
     */
    @WithDefault("data/restore")
    Path restoreFolder();
}
