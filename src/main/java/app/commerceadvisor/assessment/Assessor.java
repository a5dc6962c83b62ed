package app.commerceadvisor.assessment;

import app.commerceadvisor.assessment.AssessmentView.FindingView;
import app.commerceadvisor.engine.Answer;
import app.commerceadvisor.engine.Evaluation;
import app.commerceadvisor.knowledge.KnowledgeBase;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Evaluates a merchant's answers against one version of the knowledge base and writes the report, with
 * no database and no HTTP: the service stores what it returns, while the check command, the scenarios
 * and previews of a candidate version only read it.
 */
public final class Assessor {

    private Assessor() {
    }

    /**
     * What one evaluation gave: the report, the answers as the rules saw them, and the engine's own
     * account of it (which rules fired, which conclusions stood).
     */
    public record Assessed(AssessmentView view, List<Answer> facts, Evaluation evaluation) {
    }

    /**
     * Validates the answers against the questionnaire of {@code knowledgeBase} (an
     * {@link app.commerceadvisor.http.InvalidInputException} names every wrong field) and evaluates them.
     */
    public static Assessed assess(AssessmentRequest request, KnowledgeBase knowledgeBase, UUID id, Instant at) {
        knowledgeBase.questionnaire().requireLanguage("language", request.language());
        ReadAnswers answers = AnswerReader.read(knowledgeBase.questionnaire(), request.answers());
        Evaluation evaluation = knowledgeBase.rules().evaluate(answers.facts(), knowledgeBase.thresholdFacts());
        List<FindingView> findings = new FindingExplainer(knowledgeBase, request.language(), answers.given())
                .explain(evaluation.diagnoses());
        AssessmentView view = new AssessmentView(
                id,
                request.participant().strip(),
                request.language(),
                // with the precision the database keeps, as every timestamp of the service
                at.truncatedTo(ChronoUnit.MILLIS),
                knowledgeBase.version(),
                answers.given(),
                findings,
                answers.unanswered());
        return new Assessed(view, answers.facts(), evaluation);
    }
}
