package app.commerceadvisor.review;

import app.commerceadvisor.assessment.AssessmentView;
import app.commerceadvisor.assessment.AssessmentView.FindingView;
import app.commerceadvisor.assessment.StoredAssessments;
import app.commerceadvisor.http.FieldProblem;
import app.commerceadvisor.http.InvalidInputException;
import app.commerceadvisor.http.NotFoundProblem;
import app.commerceadvisor.security.Account;
import app.commerceadvisor.security.Caller;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Coaches' reviews of assessments: one per coach and finding (or summary), written on the assessment's latest
 * revision; an edit keeps what the review said before. Bad input stores nothing.
 */
@ApplicationScoped
public class Reviews {

    static final int MAX_NOTE = 2000;
    static final List<String> VERDICTS = List.of("agree", "disagree", "unsure");

    private final StoredAssessments assessments;

    Reviews(StoredAssessments assessments) {
        this.assessments = assessments;
    }

    /**
     * Writes or edits the caller's review of one finding of the assessment's latest revision, named by its id or
     * its pitfall; the review is kept by pitfall, so it stays with the finding through later revisions.
     *
     * @throws NotFoundProblem       when there is no such assessment, or no such finding in its latest revision
     * @throws InvalidInputException naming the verdict or note at fault
     */
    public ReviewView reviewFinding(UUID assessmentId, String findingId, ReviewRequest request, Caller.Snapshot author) {
        AssessmentView assessment = assessments.find(assessmentId).orElseThrow(() -> NotFoundProblem.assessment(
                assessmentId.toString()));
        FindingView finding = assessment.findings().stream().filter(candidate -> candidate.id().toString().equals(findingId)
                        || candidate.pitfall().equals(findingId))
                .findFirst().orElseThrow(() -> new NotFoundProblem(m -> m.noFinding(findingId)));
        List<FieldProblem> errors = new ArrayList<>();
        if (request == null || request.verdict() == null || !VERDICTS.contains(request.verdict())) {
            errors.add(new FieldProblem("verdict", m -> m.oneOf(String.join(", ", VERDICTS))));
        }
        checkNote(request == null ? null : request.note(), false, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        // kept by pitfall: a finding's id is new in every revision, its pitfall is what the coach judged
        return write(assessment, finding.pitfall(), finding.pitfall(), finding.rule(), request.verdict(),
                note(request.note()), author);
    }

    /**
     * Writes or edits the caller's summary note on the assessment.
     *
     * @throws InvalidInputException naming the note at fault, or a verdict sent with it
     */
    public ReviewView reviewSummary(UUID assessmentId, ReviewRequest request, Caller.Snapshot author) {
        AssessmentView assessment = assessments.find(assessmentId).orElseThrow(() -> NotFoundProblem.assessment(
                assessmentId.toString()));
        List<FieldProblem> errors = new ArrayList<>();
        if (request != null && request.verdict() != null) {
            errors.add(new FieldProblem("verdict", m -> m.summaryHasNoVerdict()));
        }
        checkNote(request == null ? null : request.note(), true, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return write(assessment, Review.SUMMARY, null, null, null, note(request.note()), author);
    }

    /** Every review of the assessment: the summary notes first, then by finding, each with its history. */
    public List<ReviewView> of(UUID assessmentId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Review> reviews = Review.list("assessmentId", Sort.by("createdAt"), assessmentId);
            return views(reviews).stream()
                    .sorted(java.util.Comparator.comparing((ReviewView view) -> view.pitfall() != null))
                    .toList();
        });
    }

    static List<ReviewView> views(List<Review> reviews) {
        if (reviews.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> names = Account.usernames(reviews.stream().map(review -> review.authorId).toList());
        Map<UUID, List<ReviewEdit>> edits = ReviewEdit.<ReviewEdit>list("reviewId in ?1", Sort.descending("editedAt"),
                reviews.stream().map(review -> review.id).toList()).stream()
                .collect(Collectors.groupingBy(edit -> edit.reviewId));
        return reviews.stream().map(review -> new ReviewView(review.id, review.pitfall, review.verdict, review.note,
                names.get(review.authorId), review.revision, review.createdAt, review.updatedAt,
                edits.getOrDefault(review.id, List.of()).stream()
                        .map(edit -> new ReviewView.Earlier(edit.verdict, edit.note, edit.saidAt, edit.editedAt)).toList()))
                .toList();
    }

    private static ReviewView write(AssessmentView assessment, String target, String pitfall, String rule, String verdict,
            String note, Caller.Snapshot author) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        int revision = assessment.revision() == null ? 1 : assessment.revision();
        return QuarkusTransaction.requiringNew().call(() -> {
            Optional<Review> existing = Review.find("assessmentId = ?1 and target = ?2 and authorId = ?3",
                    assessment.id(), target, author.accountId()).firstResultOptional();
            Review review;
            if (existing.isPresent()) {
                review = existing.get();
                ReviewEdit before = new ReviewEdit();
                before.reviewId = review.id;
                before.editedAt = now;
                before.verdict = review.verdict;
                before.note = review.note;
                before.saidAt = review.updatedAt;
                before.persist();
            } else {
                review = new Review();
                review.id = UUID.randomUUID();
                review.assessmentId = assessment.id();
                review.target = target;
                review.authorId = author.accountId();
                review.createdAt = now;
            }
            review.revision = revision;
            review.pitfall = pitfall;
            review.rule = rule;
            review.verdict = verdict;
            review.note = note;
            review.updatedAt = now;
            review.persist();
            return views(List.of(review)).get(0);
        });
    }

    private static void checkNote(String note, boolean required, List<FieldProblem> errors) {
        if (note != null && note.length() > MAX_NOTE) {
            errors.add(new FieldProblem("note", m -> m.noteTooLong(MAX_NOTE)));
        } else if (required && (note == null || note.isBlank())) {
            errors.add(new FieldProblem("note", m -> m.required()));
        }
    }

    private static String note(String note) {
        return note == null || note.isBlank() ? null : note.strip();
    }
}
