package app.commerceadvisor.knowledge;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only when the rules compiled and the knowledge base checked out; a later reload that was refused
 * leaves the service ready on its active version and shows here as {@code lastReload: REFUSED}.
 */
@Readiness
@ApplicationScoped
class KnowledgeBaseReadiness implements HealthCheck {

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
        return response.up()
                .withData("version", status.version())
                .withData("rules", status.rules())
                .withData("questions", status.questions())
                .withData("pitfalls", status.pitfalls())
                .withData("lastReload", status.lastOutcome().name())
                .withData("problems", status.problems().size())
                .build();
    }
}
