package app.commerceadvisor.replay;

import app.commerceadvisor.assessment.AssessmentView;
import app.commerceadvisor.assessment.AssessmentView.FindingView;
import app.commerceadvisor.assessment.StoredAssessments;
import app.commerceadvisor.http.InvalidInputException;
import app.commerceadvisor.http.ProblemMessages;
import app.commerceadvisor.http.UnprocessableProblem;
import app.commerceadvisor.knowledge.ActiveKnowledgeBase;
import app.commerceadvisor.knowledge.ContentConfig;
import app.commerceadvisor.knowledge.ContentProblem;
import app.commerceadvisor.knowledge.KnowledgeBase;
import app.commerceadvisor.knowledge.KnowledgeBaseException;
import app.commerceadvisor.knowledge.KnowledgeBaseLoader;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Shows what the content on disk would change before it is activated: loads it as a candidate (checked
 * as a reload checks it, but never activated), evaluates the answers of every stored assessment with it
 * and counts, per pitfall, who would gain or lose it. Stores nothing and changes nothing; the candidate's
 * compiled rules are released when the preview ends.
 */
@ApplicationScoped
public class CandidatePreview {

    private static final Logger LOG = Logger.getLogger(CandidatePreview.class);

    /** Assessments read from the database at once. */
    static final int BATCH = 200;

    private final KnowledgeBaseLoader loader;
    private final ContentConfig content;
    private final ActiveKnowledgeBase active;
    private final StoredAssessments stored;
    private final PreviewTurn turn;

    CandidatePreview(KnowledgeBaseLoader loader, ContentConfig content, ActiveKnowledgeBase active,
            StoredAssessments stored, PreviewTurn turn) {
        this.loader = loader;
        this.content = content;
        this.active = active;
        this.stored = stored;
        this.turn = turn;
    }

    /**
     * Replays every assessment stored so far with the content on disk.
     *
     * @throws UnprocessableProblem listing each problem of the content as {@code file:line: message}
     */
    public Preview preview() {
        return turn.run(() -> replay(content.rules(), content.knowledgeBase(), problem -> problem));
    }

    /**
     * Replays every assessment stored so far with the content on disk as {@code edit} would make it: one file
     * replaced or added, in a copy; the content on disk is not touched.
     *
     * @throws UnprocessableProblem listing each problem of the edited content as {@code file:line: message}, the
     *                              files named as they are in the content
     */
    public Preview preview(CandidateEdit edit) {
        return turn.run(() -> {
            try (EditedContent edited = EditedContent.of(content, edit)) {
                return replay(edited.rules(), edited.knowledgeBase(), edited::asInContent);
            }
        });
    }

    /**
     * Loads the content in these folders and replays every stored assessment with it; its problems are refused as
     * {@code file:line: message}, each file named by {@code naming}.
     */
    private Preview replay(Path rules, Path knowledgeBase, UnaryOperator<String> naming) {
        KnowledgeBase candidate;
        try {
            candidate = loader.load(rules, knowledgeBase);
        } catch (KnowledgeBaseException e) {
            throw UnprocessableProblem.ofContent(ProblemMessages::contentHasProblems,
                    e.problems().stream().map(ContentProblem::toString).map(naming).toList());
        }
        try {
            return replayAll(candidate);
        } finally {
            candidate.rules().close();
        }
    }

    private Preview replayAll(KnowledgeBase candidate) {
        PreviewTally tally = new PreviewTally();
        long start = System.nanoTime();
        Instant until = Instant.now();
        UUID after = null;
        for (List<AssessmentView> batch = stored.batch(null, until, BATCH); !batch.isEmpty();
                batch = stored.batch(after, until, BATCH)) {
            batch.forEach(assessment -> replay(assessment, candidate, tally));
            after = batch.get(batch.size() - 1).id();
        }
        Preview preview = tally.preview(candidate.version(), active.require().version());
        LOG.infof("Preview of %s: %d assessments replayed in %d ms, %d unchanged, %d could not be replayed",
                candidate.version(), preview.replayed(), (System.nanoTime() - start) / 1_000_000, preview.unchanged(),
                preview.notReplayable());
        return preview;
    }

    private static void replay(AssessmentView assessment, KnowledgeBase candidate, PreviewTally tally) {
        try {
            AssessmentView again = StoredAnswers.assessAgain(assessment, candidate);
            tally.replayed(assessment.id(), pitfalls(assessment.findings()), pitfalls(again.findings()));
        } catch (InvalidInputException e) {
            tally.notReplayable(assessment.id(), StoredAnswers.reason(e.errors()));
        }
    }

    private static Set<String> pitfalls(List<FindingView> findings) {
        return findings.stream().map(FindingView::pitfall).collect(Collectors.toSet());
    }
}
