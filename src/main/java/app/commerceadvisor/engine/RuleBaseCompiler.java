package app.commerceadvisor.engine;

import java.nio.file.Path;

/** Compiles the rule files of a folder into a {@link RuleBase}. */
public interface RuleBaseCompiler {

    /**
     * Compiles every {@code .drl} file under {@code folder}.
     *
     * @throws RuleCompilationException with every problem as {@code file:line: message}
     */
    RuleBase compile(Path folder);
}
