package app.commerceadvisor.assessment;

import app.commerceadvisor.assessment.AssessmentView.FindingView;
import app.commerceadvisor.engine.Answer;
import app.commerceadvisor.engine.Evaluation;
import app.commerceadvisor.knowledge.KnowledgeBase;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import app.commerceadvisor.http.FieldProblem;
import app.commerceadvisor.http.InvalidInputException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

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
     * What an evaluation without a report gives: the pitfalls found, the conclusions that stood, the
     * questions asked but left blank, and the answers left out because the others no longer ask their
     * question, each with the error it would be in a submission.
     */
    public record Probed(Set<String> pitfalls, Set<String> conclusions, List<String> unanswered,
            Map<String, FieldProblem> leftOut) {
    }

    /**
     * Evaluates answers for the pitfalls they give, without writing a report: for trying other answers
     * against the real rules (what would a blank answer decide, what would clear a finding). Answers to
     * questions the changed answers no longer ask are left out, as the questionnaire would not show them.
     *
     * @throws InvalidInputException when an answer does not fit its question
     */
    public static Probed probe(KnowledgeBase knowledgeBase, Map<String, JsonNode> answers) {
        ReadAnswers read = AnswerReader.readAsked(knowledgeBase.questionnaire(), answers);
        Evaluation evaluation = knowledgeBase.rules().evaluate(read.facts(), knowledgeBase.thresholdFacts());
        Set<String> pitfalls = new LinkedHashSet<>();
        evaluation.diagnoses().forEach(diagnosis -> pitfalls.add(diagnosis.pitfall()));
        return new Probed(pitfalls, evaluation.conclusions(), read.unanswered(), read.leftOut());
    }

    /**
     * A stored assessment evaluated again as if its merchant had sent {@code answers} in {@code language}:
     * the same id, participant and time; nothing is stored.
     *
     * @throws InvalidInputException when an answer or the language does not fit the questionnaire
     */
    public static AssessmentView again(AssessmentView stored, String language, Map<String, JsonNode> answers,
            KnowledgeBase knowledgeBase) {
        return assess(new AssessmentRequest(stored.participant(), language, answers), knowledgeBase, stored.id(),
                stored.createdAt()).view();
    }

    /**
     * Validates the answers against the questionnaire of {@code knowledgeBase} (an
     * {@link app.commerceadvisor.http.InvalidInputException} names every wrong field) and evaluates them.
     */
    public static Assessed assess(AssessmentRequest request, KnowledgeBase knowledgeBase, UUID id, Instant at) {
        knowledgeBase.questionnaire().requireLanguage("language", request.language());
        ReadAnswers answers = AnswerReader.read(knowledgeBase.questionnaire(), request.answers());
        Evaluation evaluation = knowledgeBase.rules().evaluate(answers.facts(), knowledgeBase.thresholdFacts());
        FindingExplainer explainer = new FindingExplainer(knowledgeBase, request.language(), answers.given());
        List<FindingView> findings = explainer.explain(evaluation.diagnoses());
        ReportHead head = new HeadWriter(knowledgeBase, request.language())
                .write(findings, answers.unanswered(), answers.facts().stream().map(Answer::getQuestion).collect(Collectors.toSet()));
        AssessmentView view = new AssessmentView(
                id,
                request.participant().strip(),
                request.language(),
                // with the precision the database keeps, as every timestamp of the service
                at.truncatedTo(ChronoUnit.MILLIS),
                1,
                null,
                knowledgeBase.version(),
                answers.given(),
                head,
                findings,
                answers.unanswered());
        return new Assessed(view, answers.facts(), evaluation);
    }
}
