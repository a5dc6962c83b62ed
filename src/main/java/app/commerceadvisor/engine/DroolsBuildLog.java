package app.commerceadvisor.engine;

import java.util.List;
import java.util.logging.Filter;
import java.util.logging.Logger;
import org.jboss.logmanager.LogContext;

/**
 * Keeps Drools from logging a rule file that does not compile. Drools logs every failed build at ERROR,
 * in its own words and with the parser's stack trace when the parser crashed ({@code Unable to build
 * KieBaseModel:defaultKieBase ...}, from the logger {@code org.drools.compiler.kie.builder.impl.KieProject});
 * {@link DroolsRuleBaseCompiler} reports the same problems itself, once and in a trainer's words.
 *
 * <p>Under Quarkus, {@code application.properties} turns that logger off. A plain {@code main} on the
 * same class path (the check command) has no such configuration, so this drops that one message wherever
 * it would go: Drools logs through SLF4J, which here reaches the JBoss LogManager even when
 * {@code java.util.logging} is the JDK's own. Every other message of that logger still gets through.
 */
final class DroolsBuildLog {

    static final String LOGGER = "org.drools.compiler.kie.builder.impl.KieProject";

    private static final Filter NOT_A_FAILED_BUILD = record ->
            record.getMessage() == null || !record.getMessage().startsWith("Unable to build KieBaseModel");

    /** Held here: java.util.logging forgets a logger's settings once nobody refers to the logger. */
    private static final List<Logger> QUIETED = List.of(Logger.getLogger(LOGGER), LogContext.getLogContext().getLogger(LOGGER));

    private DroolsBuildLog() {
    }

    /** Installs the filter; calling it again changes nothing. */
    static void quiet() {
        QUIETED.forEach(logger -> logger.setFilter(NOT_A_FAILED_BUILD));
    }
}
