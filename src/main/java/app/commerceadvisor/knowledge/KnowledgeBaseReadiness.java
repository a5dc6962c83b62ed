package app.commerceadvisor.knowledge;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready once a version of the content is active: the content on disk, or, when that had problems at
 * start-up, the last good version kept ({@code servingLastGoodVersion: true}). A load that was refused
 * leaves the service ready on its active version and shows here as {@code lastReload: REFUSED}, with the
 * problems as {@code problem 1}, {@code problem 2}, … (the first {@value #PROBLEMS_SHOWN}; the status
 * endpoint lists them all).
 */
@Readiness
@ApplicationScoped
class KnowledgeBaseReadiness implements HealthCheck {

    static final int PROBLEMS_SHOWN = 10;

    private final ActiveKnowledgeBase knowledgeBase;

    KnowledgeBaseReadiness(ActiveKnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("knowledge-base");
        if (knowledgeBase.current().isEmpty()) {
            return response.down().build();
        }
        KnowledgeBaseStatus status = knowledgeBase.status();
        response.up()
                .withData("version", status.version())
                .withData("rules", status.rules())
                .withData("questions", status.questions())
                .withData("pitfalls", status.pitfalls())
                .withData("servingLastGoodVersion", status.servingLastGoodVersion())
                .withData("lastReload", status.lastOutcome().name())
                .withData("problems", status.problems().size());
        for (int i = 0; i < Math.min(PROBLEMS_SHOWN, status.problems().size()); i++) {
            response.withData("problem " + (i + 1), status.problems().get(i));
        }
        return response.build();
    }
}
