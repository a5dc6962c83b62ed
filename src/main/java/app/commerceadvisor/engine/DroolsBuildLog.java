package app.commerceadvisor.engine;

import java.util.ArrayList;
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
 * same class path has no such configuration, so this drops that one message wherever it would go: Drools
 * logs through SLF4J, which in a test reaches the JBoss LogManager even when {@code java.util.logging} is
 * the JDK's own. The check command ({@code ./advisor}) runs without the JBoss LogManager and without an
 * SLF4J binding; there only the {@code java.util.logging} logger is quieted. Every other message of that
 * logger still gets through.
 */
final class DroolsBuildLog {

    static final String LOGGER = "org.drools.compiler.kie.builder.impl.KieProject";

    private static final Filter NOT_A_FAILED_BUILD = record ->
            record.getMessage() == null || !record.getMessage().startsWith("Unable to build KieBaseModel");

    /** Held here: java.util.logging forgets a logger's settings once nobody refers to the logger. */
    private static final List<Logger> QUIETED = loggers();

    private DroolsBuildLog() {
    }

    private static List<Logger> loggers() {
        List<Logger> loggers = new ArrayList<>(List.of(Logger.getLogger(LOGGER)));
        if (jbossLogManagerPresent()) {
            loggers.add(JBossLogManager.logger(LOGGER));
        }
        return List.copyOf(loggers);
    }

    private static boolean jbossLogManagerPresent() {
        try {
            Class.forName("org.jboss.logmanager.LogContext", false, DroolsBuildLog.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** Loaded only when the JBoss LogManager is on the class path. */
    private static final class JBossLogManager {
        static Logger logger(String name) {
            return LogContext.getLogContext().getLogger(name);
        }
    }

    /** Installs the filter; calling it again changes nothing. */
    static void quiet() {
        QUIETED.forEach(logger -> logger.setFilter(NOT_A_FAILED_BUILD));
    }
}
