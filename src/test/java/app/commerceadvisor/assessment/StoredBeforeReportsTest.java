package app.commerceadvisor.assessment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Assessments stored before reports were kept whole (migration V4) have no report; they are still
 * answered, from their answers and their findings' texts, as they were answered then.
 */
@QuarkusTest
class StoredBeforeReportsTest {

    @Inject
    EntityManager entityManager;

    @Test
    void assessmentWithoutAReportIsReadFromItsRows() {
        UUID id = UUID.randomUUID();
        UUID finding = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("""
                    insert into assessment (id, participant, language, created_at, knowledge_base_version, answers, unanswered)
                    values (?1, 'shop-7', 'en', timestamp with time zone '2026-11-20 10:00:00+00', 'sha256:old',
                            json '{"content-lead":false}', json '["products"]')""")
                    .setParameter(1, id).executeUpdate();
            entityManager.createNativeQuery("""
                    insert into finding (id, assessment_id, position, rule_name, pitfall, severity, title, explanation,
                                         recommendation, evidence, conclusions, thresholds, sources)
                    values (?1, ?2, 0, 'No one in the team can direct content', 'missing-content-talent', 'high',
                            'Old title', 'Old explanation', 'Old advice',
                            json '[{"question":"content-lead","questionText":"Old question?","answer":false,"answerText":"No"}]',
                            json '["team-without-content-talent"]', null,
                            json '[{"document":"000_82f6f2aecffdc4f9.txt","section":"02"}]')""")
                    .setParameter(1, finding).setParameter(2, id).executeUpdate();
        });

        given().when().get("/api/assessments/" + id)
                .then().statusCode(200)
                .body("participant", equalTo("shop-7"))
                .body("createdAt", equalTo("2026-11-20T10:00:00Z"))
                .body("knowledgeBaseVersion", equalTo("sha256:old"))
                .body("answers.content-lead", equalTo(false))
                .body("unanswered[0]", equalTo("products"))
                .body("findings[0].id", equalTo(finding.toString()))
                .body("findings[0].title", equalTo("Old title"))
                .body("findings[0].evidence[0].answerText", equalTo("No"))
                .body("findings[0].thresholds.size()", equalTo(0))
                .body("findings[0].rules.rule", equalTo(List.of("No one in the team can direct content")))
                .body("findings[0].rules[0].evidence[0].answerText", equalTo("No"))
                .body("findings[0].sources[0].section", equalTo("02"))
                .body("findings[0]", not(hasKey("severityLabel")))
                .body("findings[0].sources[0]", not(hasKey("title")));
    }
}
