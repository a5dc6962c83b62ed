package app.commerceadvisor.assessment;

import app.commerceadvisor.http.ConflictProblem;
import app.commerceadvisor.http.InvalidInputException;
import app.commerceadvisor.http.ProblemMessages;
import app.commerceadvisor.http.UnprocessableProblem;
import app.commerceadvisor.http.WorkLimit;
import app.commerceadvisor.knowledge.ActiveKnowledgeBase;
import app.commerceadvisor.knowledge.KnowledgeBase;
import app.commerceadvisor.knowledge.KnowledgeBaseLease;
import app.commerceadvisor.knowledge.KnowledgeBaseVersions;
import app.commerceadvisor.security.Caller;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Assesses a merchant's answers against the active knowledge base (through {@link Assessor}) and keeps the result. Checking,
 * evaluating and writing the report happen outside any transaction; only the finished assessment is
 * stored, and the report is answered as the very bytes that were stored.
 */
@ApplicationScoped
public class AssessmentService {

    /** How often a change of answers is tried again when another change of the same assessment came first. */
    private static final int REVISE_ATTEMPTS = 3;

    private final ActiveKnowledgeBase knowledgeBase;
    private final AssessmentStore store;
    private final WorkLimit workLimit;
    private final ObjectMapper json;
    private final StoredAssessments stored;
    private final AssessmentRevisions revisions;
    private final KnowledgeBaseVersions versions;
    private final Caller caller;

    AssessmentService(ActiveKnowledgeBase knowledgeBase, AssessmentStore store, WorkLimit workLimit, ObjectMapper json,
            StoredAssessments stored, AssessmentRevisions revisions, KnowledgeBaseVersions versions, Caller caller) {
        this.knowledgeBase = knowledgeBase;
        this.store = store;
        this.workLimit = workLimit;
        this.json = json;
        this.stored = stored;
        this.revisions = revisions;
        this.versions = versions;
        this.caller = caller;
    }

    /** Validates, evaluates and stores; nothing is stored when the request is invalid. */
    public Report assess(AssessmentRequest request) {
        Optional<Caller.Snapshot> submitter = caller.get();
        return workLimit.run(() -> {
            AssessmentView view = evaluate(request);
            byte[] report = write(view);
            store.add(Assessment.of(view, report, submitter.map(Caller.Snapshot::accountId).orElse(null),
                    submitter.map(Caller.Snapshot::participantCohort).orElse(null)));
            return new Report(view.id(), report);
        });
    }

    /** The report of a stored assessment's latest revision, exactly as it was answered. */
    public Optional<Report> find(UUID id) {
        return store.find(id).map(this::report);
    }

    private Report report(Assessment assessment) {
        return new Report(assessment.id, assessment.report != null ? assessment.report : write(AssessmentView.of(assessment)));
    }

    /**
     * The report of a stored assessment's latest revision in {@code language}: as stored when that is its
     * own language (or null), otherwise its answers evaluated again with the version it was made with and
     * written in that language, storing nothing. The findings keep their ids.
     *
     * @throws InvalidInputException naming {@code lang} when that version is not written in the language
     * @throws UnprocessableProblem  when the version it was made with can no longer be loaded
     */
    public Optional<Report> find(UUID id, String language) {
        if (language == null) {
            return find(id);
        }
        // the row says the language; the report is read whole only when it is to be written in another
        return store.find(id).map(assessment -> assessment.language.equals(language) ? report(assessment)
                : new Report(id, write(inLanguage(stored.find(id).orElseThrow(), language))));
    }

    /**
     * A stored assessment's latest revision as a view, for pages: as stored, or read again in
     * {@code language} as {@link #find(UUID, String)} does.
     */
    public Optional<AssessmentView> view(UUID id, String language) {
        return stored.find(id).map(assessment -> language == null || assessment.language().equals(language)
                ? assessment : inLanguage(assessment, language));
    }

    private AssessmentView inLanguage(AssessmentView assessment, String language) {
        return workLimit.run(() -> {
            try (KnowledgeBaseLease lease = versions.lease(assessment.knowledgeBaseVersion())
                    .orElseThrow(() -> UnprocessableProblem.ofFields(m -> m.assessmentVersionGone(
                            assessment.knowledgeBaseVersion(), assessment.language()), List.of()))) {
                lease.knowledgeBase().questionnaire().requireLanguage("lang", language);
                if (assessment.answers() == null) {
                    throw UnprocessableProblem.ofFields(ProblemMessages::reportCannotBeReadAgain, List.of());
                }
                return Assessor.again(assessment, language, assessment.answers(), lease.knowledgeBase())
                        .readAgainAs(assessment);
            }
        });
    }

    /**
     * Changes some answers of a stored assessment: the changes are merged into its latest answers, evaluated
     * with the active version and stored as its next revision, the earlier one kept. Returns once the new
     * revision is committed to disk; empty when there is no such assessment.
     *
     * @throws InvalidInputException naming each change the questionnaire does not take; nothing is stored
     * @throws UnprocessableProblem  when answers stored earlier (not changed now) no longer fit the questionnaire
     * @throws ConflictProblem       when other changes of the same assessment kept coming first
     */
    public Optional<Report> revise(UUID id, AnswerChanges changes) {
        for (int attempt = 0; attempt < REVISE_ATTEMPTS; attempt++) {
            Optional<AssessmentView> found = stored.find(id);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            AssessmentView current = found.get();
            if (current.answers() == null) {
                throw UnprocessableProblem.ofFields(ProblemMessages::answersCannotBeChanged, List.of());
            }
            AssessmentView next = workLimit.run(() -> {
                try (KnowledgeBaseLease lease = knowledgeBase.lease()) {
                    return reassess(current, changes, lease.knowledgeBase());
                }
            });
            byte[] report = write(next);
            if (revisions.replace(id, current.revision() == null ? 1 : current.revision(), next, report, this::write)) {
                return Optional.of(new Report(id, report));
            }
        }
        throw new ConflictProblem(ProblemMessages::answersChangedMeanwhile);
    }

    private static AssessmentView reassess(AssessmentView current, AnswerChanges changes, KnowledgeBase active) {
        Map<String, JsonNode> merged = changes.appliedTo(current.answers(), active);
        AssessmentView next;
        try {
            next = Assessor.again(current, current.language(), merged, active);
        } catch (InvalidInputException e) {
            boolean onlyChanges = e.errors().stream().allMatch(error -> error.field().startsWith("answers.")
                    && changes.answers().containsKey(error.field().substring("answers.".length())));
            if (onlyChanges) {
                throw e;
            }
            throw UnprocessableProblem.storedAnswersNoLongerFit(active.version(), e.errors());
        }
        int revision = current.revision() == null ? 1 : current.revision();
        return next.asRevision(revision + 1, Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    /** Every revision of a stored assessment, the latest first; empty when there is no such assessment. */
    public Optional<List<RevisionView>> revisions(UUID id) {
        List<AssessmentRevisions.Listed> all = revisions.list(id);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.stream()
                .map(listed -> new RevisionView(listed.revision(), listed.madeAt(), listed.knowledgeBaseVersion(),
                        "/api/assessments/" + id + "/revisions/" + listed.revision()))
                .toList());
    }

    /** The report of one revision, as it was answered; empty when the assessment or that revision does not exist. */
    public Optional<Report> revision(UUID id, int revision) {
        return store.find(id).flatMap(assessment -> assessment.revision == revision ? Optional.of(report(assessment))
                : revisions.report(id, revision).map(report -> new Report(id, report)));
    }

    private AssessmentView evaluate(AssessmentRequest request) {
        try (KnowledgeBaseLease lease = knowledgeBase.lease()) {
            return Assessor.assess(request, lease.knowledgeBase(), UUID.randomUUID(), Instant.now()).view();
        }
    }

    private byte[] write(AssessmentView view) {
        try {
            return json.writeValueAsBytes(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the report of assessment " + view.id(), e);
        }
    }
}
