package app.commerceadvisor.review;

import app.commerceadvisor.cohort.Cohort;
import app.commerceadvisor.http.NotFoundProblem;
import app.commerceadvisor.knowledge.ActiveKnowledgeBase;
import app.commerceadvisor.pitfall.Pitfall;
import app.commerceadvisor.security.Account;
import app.commerceadvisor.security.Caller;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/** Counts over assessments and reviews: a cohort's summary for its coaches, and the feedback to the rules' authors. */
@ApplicationScoped
public class ReviewStatistics {

    private final EntityManager entityManager;
    private final ActiveKnowledgeBase knowledgeBase;

    ReviewStatistics(EntityManager entityManager, ActiveKnowledgeBase knowledgeBase) {
        this.entityManager = entityManager;
        this.knowledgeBase = knowledgeBase;
    }

    /** @throws NotFoundProblem when there is no such cohort, or the caller neither trains nor coaches it */
    public CohortSummary cohort(UUID cohortId, String version, String language, Caller.Snapshot caller) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Cohort cohort = Optional.ofNullable(Cohort.<Cohort>findById(cohortId))
                    .filter(found -> caller.oversees(found.id))
                    .orElseThrow(() -> new NotFoundProblem(m -> m.noCohort(cohortId.toString())));
            jakarta.persistence.TypedQuery<Object[]> query = entityManager.createQuery("select a.id, a.ownerId, "
                            + "a.createdAt, size(a.findings) from Assessment a where a.cohortId = :cohort"
                            + (version == null ? "" : " and a.knowledgeBaseVersion = :version")
                            + " order by a.createdAt", Object[].class)
                    .setParameter("cohort", cohortId);
            if (version != null) {
                query.setParameter("version", version);
            }
            List<Object[]> assessments = query.getResultList();
            Set<UUID> ids = assessments.stream().map(row -> (UUID) row[0]).collect(Collectors.toSet());
            Map<UUID, UUID> owners = new HashMap<>();
            assessments.forEach(row -> owners.put((UUID) row[0], (UUID) row[1]));
            List<Object[]> findings = ids.isEmpty() ? List.of() : entityManager.createQuery(
                            "select f.assessment.id, f.pitfall, f.severity from Finding f where f.assessment.id in :ids",
                            Object[].class).setParameter("ids", ids).getResultList();
            List<Review> reviews = ids.isEmpty() ? List.of() : Review.list("assessmentId in ?1", ids);

            Map<String, Set<UUID>> participants = new TreeMap<>();
            Map<String, Map<String, Integer>> severities = new HashMap<>();
            for (Object[] finding : findings) {
                String pitfall = (String) finding[1];
                UUID owner = owners.get((UUID) finding[0]);
                participants.computeIfAbsent(pitfall, key -> new HashSet<>()).add(owner == null ? (UUID) finding[0] : owner);
                severities.computeIfAbsent(pitfall, key -> new TreeMap<>()).merge((String) finding[2], 1, Integer::sum);
            }
            List<CohortSummary.PitfallCount> pitfalls = participants.entrySet().stream()
                    .map(entry -> new CohortSummary.PitfallCount(entry.getKey(), title(entry.getKey(), language),
                            entry.getValue().size(), severities.get(entry.getKey()),
                            verdicts(reviews, entry.getKey(), "agree"), verdicts(reviews, entry.getKey(), "disagree"),
                            verdicts(reviews, entry.getKey(), "unsure")))
                    .sorted(Comparator.comparingInt(CohortSummary.PitfallCount::participants).reversed())
                    .toList();
            Set<UUID> reviewed = reviews.stream().map(review -> review.assessmentId).collect(Collectors.toSet());
            Map<UUID, String> names = Account.usernames(owners.values());
            List<CohortSummary.Waiting> waiting = assessments.stream().filter(row -> !reviewed.contains((UUID) row[0]))
                    .map(row -> new CohortSummary.Waiting((UUID) row[0], names.get((UUID) row[1]), (Instant) row[2],
                            ((Number) row[3]).intValue(), "/api/assessments/" + row[0]))
                    .toList();
            return new CohortSummary(cohort.id, cohort.name, version, assessments.size(),
                    (int) owners.values().stream().filter(java.util.Objects::nonNull).distinct().count(), pitfalls, waiting);
        });
    }

    /** Every finding review, per pitfall and per rule, the highest disagreement rate first. */
    public Feedback feedback(String language) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Review> reviews = Review.list("pitfall is not null");
            Map<UUID, String> names = Account.usernames(reviews.stream().map(review -> review.authorId).toList());
            Map<String, List<Review>> byPitfall = reviews.stream()
                    .collect(Collectors.groupingBy(review -> review.pitfall, LinkedHashMap::new, Collectors.toList()));
            List<Feedback.PitfallFeedback> pitfalls = new ArrayList<>();
            byPitfall.forEach((pitfall, judged) -> {
                int disagree = count(judged, "disagree");
                Map<String, List<Review>> byRule = judged.stream().filter(review -> review.rule != null)
                        .collect(Collectors.groupingBy(review -> review.rule, TreeMap::new, Collectors.toList()));
                pitfalls.add(new Feedback.PitfallFeedback(pitfall, title(pitfall, language), judged.size(),
                        count(judged, "agree"), disagree, count(judged, "unsure"), disagree / (double) judged.size(),
                        byRule.entrySet().stream().map(entry -> new Feedback.RuleFeedback(entry.getKey(),
                                entry.getValue().size(), count(entry.getValue(), "disagree"))).toList(),
                        judged.stream().filter(review -> review.note != null || "disagree".equals(review.verdict))
                                .sorted(Comparator.comparing((Review review) -> review.updatedAt).reversed())
                                .map(review -> new Feedback.Note(review.id, review.assessmentId, names.get(review.authorId),
                                        review.verdict, review.note, review.updatedAt, "disagree".equals(review.verdict)
                                        ? "/api/knowledge-base/feedback/" + review.id + "/scenario" : null))
                                .toList()));
            });
            pitfalls.sort(Comparator.comparingDouble(Feedback.PitfallFeedback::disagreementRate).reversed()
                    .thenComparing(Comparator.comparingInt(Feedback.PitfallFeedback::reviews).reversed()));
            return new Feedback(pitfalls, "/api/knowledge-base/preview");
        });
    }

    private String title(String pitfall, String language) {
        return knowledgeBase.require().pitfalls().find(pitfall).map(Pitfall::title).map(title -> title.in(language))
                .orElse(pitfall);
    }

    private static int verdicts(List<Review> reviews, String pitfall, String verdict) {
        return (int) reviews.stream().filter(review -> pitfall.equals(review.pitfall) && verdict.equals(review.verdict))
                .count();
    }

    private static int count(List<Review> reviews, String verdict) {
        return (int) reviews.stream().filter(review -> verdict.equals(review.verdict)).count();
    }
}
