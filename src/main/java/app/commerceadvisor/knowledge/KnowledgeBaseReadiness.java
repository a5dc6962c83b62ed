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
        return knowledgeBase.current()
                .map(loaded -> response.up()
                        .withData("version", loaded.version())
                        .withData("rules", loaded.rules().ruleCount())
                        .withData("questions", loaded.questionnaire().questions().size())
                        .withData("pitfalls", loaded.pitfalls().all().size())
                        .withData("lastReload", knowledgeBase.status().lastOutcome().name())
                        .withData("problems", knowledgeBase.status().problems().size())
                        .build())
                .orElseGet(() -> response.down().build());
    }
}
