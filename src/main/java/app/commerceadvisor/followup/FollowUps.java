package app.commerceadvisor.followup;

import app.commerceadvisor.assessment.AssessmentView;
import app.commerceadvisor.assessment.StoredAssessments;
import app.commerceadvisor.http.InvalidInputException;
import app.commerceadvisor.http.UnprocessableProblem;
import app.commerceadvisor.http.WorkLimit;
import app.commerceadvisor.knowledge.ActiveKnowledgeBase;
import app.commerceadvisor.knowledge.KnowledgeBaseLease;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** The follow-up of a stored assessment, worked out with the active version; nothing is stored. */
@ApplicationScoped
public class FollowUps {

    private final StoredAssessments stored;
    private final ActiveKnowledgeBase knowledgeBase;
    private final WorkLimit workLimit;

    FollowUps(StoredAssessments stored, ActiveKnowledgeBase knowledgeBase, WorkLimit workLimit) {
        this.stored = stored;
        this.knowledgeBase = knowledgeBase;
        this.workLimit = workLimit;
    }

    /**
     * @param language the language of the texts; null for the assessment's own
     * @throws InvalidInputException naming {@code lang} when the questionnaire is not written in it
     * @throws UnprocessableProblem  when the stored answers no longer fit the active questionnaire
     */
    public Optional<FollowUp> of(UUID id, String language) {
        return stored.find(id).map(assessment -> workLimit.run(() -> followUp(assessment, language)));
    }

    /**
     * The follow-up of an assessment already read, e.g. for its report page.
     *
     * @throws UnprocessableProblem when its answers no longer fit the active questionnaire
     */
    public FollowUp of(AssessmentView assessment, String language) {
        return workLimit.run(() -> followUp(assessment, language));
    }

    private FollowUp followUp(AssessmentView assessment, String language) {
        try (KnowledgeBaseLease lease = knowledgeBase.lease()) {
            String lang = language == null ? assessment.language() : language;
            lease.knowledgeBase().questionnaire().requireLanguage("lang", lang);
            try {
                return new FollowUpFinder(lease.knowledgeBase(), lang).find(assessment.id(), assessment.answers(), lang);
            } catch (InvalidInputException e) {
                throw UnprocessableProblem.storedAnswersNoLongerFit(lease.knowledgeBase().version(), e.errors());
            }
        }
    }
}
