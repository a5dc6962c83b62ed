package app.commerceadvisor.review;

import app.commerceadvisor.assessment.AssessmentView;
import app.commerceadvisor.assessment.StoredAssessments;
import app.commerceadvisor.http.ConflictProblem;
import app.commerceadvisor.http.NotFoundProblem;
import app.commerceadvisor.http.UnprocessableProblem;
import app.commerceadvisor.knowledge.ActiveKnowledgeBase;
import app.commerceadvisor.knowledge.ContentConfig;
import app.commerceadvisor.questionnaire.AnswerType;
import app.commerceadvisor.questionnaire.Question;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Turns a coach's disagreement into a scenario under {@code knowledge-base/scenarios/}: the participant's
 * answers, anonymised (no name, no free text), and the findings as the coach judged they should be (the
 * disputed pitfall must not be found, the others as the rules found them). The check command then fails
 * until the rules are fixed, and keeps the fix proven.
 */
@ApplicationScoped
public class DisputeScenarios {

    /** A scenario made from a review: where it was written and what it says. */
    public record Made(String file, String name, List<String> fire, List<String> notFire) {
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

    private final StoredAssessments assessments;
    private final ContentConfig content;
    private final ActiveKnowledgeBase knowledgeBase;

    DisputeScenarios(StoredAssessments assessments, ContentConfig content, ActiveKnowledgeBase knowledgeBase) {
        this.assessments = assessments;
        this.content = content;
        this.knowledgeBase = knowledgeBase;
    }

    /**
     * @throws NotFoundProblem       when there is no such review
     * @throws UnprocessableProblem  when the review is not a disagreement with a finding
     * @throws ConflictProblem       when the scenario of this review was made already
     */
    public Made make(UUID reviewId) {
        Review review = QuarkusTransaction.requiringNew().call(() -> Optional.ofNullable(Review.<Review>findById(reviewId))
                .orElseThrow(() -> new NotFoundProblem(m -> m.noReview(reviewId.toString()))));
        if (!"disagree".equals(review.verdict) || review.pitfall == null) {
            throw UnprocessableProblem.ofFields(m -> m.onlyDisagreementsBecomeScenarios(), List.of());
        }
        AssessmentView assessment = assessments.find(review.assessmentId)
                .orElseThrow(() -> NotFoundProblem.assessment(review.assessmentId.toString()));
        String file = "disputed-" + review.pitfall + "-" + reviewId.toString().substring(0, 8) + ".yaml";
        List<String> fire = assessment.findings().stream().map(AssessmentView.FindingView::pitfall)
                .filter(pitfall -> !pitfall.equals(review.pitfall)).distinct().toList();
        List<String> notFire = List.of(review.pitfall);
        String name = "Disputed by a coach: " + review.pitfall;

        Map<String, Object> scenario = new LinkedHashMap<>();
        scenario.put("name", name);
        scenario.put("description", "Made on " + DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC)
                .format(review.updatedAt) + " from a coach's disagreement with the finding '" + review.pitfall
                + "' (rule \"" + review.rule + "\") of assessment " + review.assessmentId + ", revision "
                + review.revision + ". The coach's note: " + (review.note == null ? "(none)" : review.note)
                + " The answers are the participant's, without their name and free texts. The rules find '"
                + review.pitfall + "' here until they are fixed.");
        scenario.put("language", assessment.language());
        scenario.put("answers", anonymised(assessment.answers()));
        scenario.put("expect", Map.of("fire", fire, "notFire", notFire));

        Path scenarios = content.knowledgeBase().resolve("scenarios");
        try {
            Files.createDirectories(scenarios);
            Files.writeString(scenarios.resolve(file), "# Made from a coach's review (" + reviewId + ")\n"
                    + YAML.writeValueAsString(scenario), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            throw new ConflictProblem(m -> m.scenarioExists(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the scenario " + file, e);
        }
        return new Made("knowledge-base/scenarios/" + file, name, fire, notFire);
    }

    /** The answers without free texts (a name, a product, anything a participant typed). */
    private Map<String, JsonNode> anonymised(Map<String, JsonNode> answers) {
        Map<String, JsonNode> kept = new LinkedHashMap<>();
        answers.forEach((question, answer) -> {
            boolean text = knowledgeBase.require().questionnaire().question(question).map(Question::type)
                    .map(type -> type == AnswerType.TEXT).orElse(true);
            if (!text && answer != null && !answer.isNull()) {
                kept.put(question, answer);
            }
        });
        return kept;
    }
}
