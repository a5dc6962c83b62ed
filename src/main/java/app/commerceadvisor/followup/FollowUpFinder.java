package app.commerceadvisor.followup;

import app.commerceadvisor.assessment.Assessor;
import app.commerceadvisor.assessment.Assessor.Probed;
import app.commerceadvisor.engine.RuleOutline;
import app.commerceadvisor.engine.RuleOutline.PatternOutline;
import app.commerceadvisor.followup.FollowUp.Decision;
import app.commerceadvisor.followup.FollowUp.NearMiss;
import app.commerceadvisor.followup.FollowUp.QuestionToAsk;
import app.commerceadvisor.followup.FollowUp.Way;
import app.commerceadvisor.http.InvalidInputException;
import app.commerceadvisor.knowledge.KnowledgeBase;
import app.commerceadvisor.pitfall.Pitfall;
import app.commerceadvisor.questionnaire.Question;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Works out what to ask a merchant next by evaluating the real rules with answers tried in place of the
 * blank ones: a question decides a finding when some answer to it adds or removes that finding. Near
 * misses try the blank questions a rule still needs together (at most {@value #MAX_QUESTIONS} of them);
 * the rule outlines only say which questions to try, the rules decide.
 */
public final class FollowUpFinder {

    static final int MAX_QUESTIONS = 3;
    private static final int MAX_TRIES_PER_WAY = 200;

    private final KnowledgeBase knowledgeBase;
    private final CandidateAnswers candidates;
    private final AnswerLabels labels;
    /** Ways to a near miss that did not fire, with the answers they were tried on: an interview tries them once. */
    private final Map<Set<String>, Map<String, JsonNode>> failedWays = new HashMap<>();

    public FollowUpFinder(KnowledgeBase knowledgeBase, String language) {
        this.knowledgeBase = knowledgeBase;
        this.candidates = new CandidateAnswers(knowledgeBase);
        this.labels = new AnswerLabels(knowledgeBase.questionnaire(), language);
    }

    /** @throws InvalidInputException when the answers do not fit this version's questionnaire */
    public FollowUp find(UUID assessment, Map<String, JsonNode> answers, String language) {
        Probed base = Assessor.probe(knowledgeBase, answers);
        List<QuestionToAsk> questions = new ArrayList<>();
        int decidingNothing = 0;
        for (String id : base.unanswered()) {
            Question question = knowledgeBase.questionnaire().question(id).orElseThrow();
            Map<String, Decision> decides = decisions(question, answers, base, language);
            if (decides.isEmpty()) {
                decidingNothing++;
            } else {
                questions.add(new QuestionToAsk(id, question.text().in(language), List.copyOf(decides.values())));
            }
        }
        questions.sort(Comparator.comparingInt((QuestionToAsk question) -> -question.decides().size()));
        return new FollowUp(assessment, knowledgeBase.version(), language, questions, decidingNothing,
                nearMisses(answers, base, language));
    }

    /**
     * The one question to ask next in an interview: the blank question (not among {@code skipped}) whose
     * answer decides the most findings; when none decides any on its own, the first blank question of the
     * smallest way to a near miss. Empty when no answer to the questions left could change a finding.
     */
    public Optional<QuestionToAsk> next(Map<String, JsonNode> answers, Set<String> skipped, String language) {
        Probed base = Assessor.probe(knowledgeBase, answers);
        QuestionToAsk best = null;
        for (String id : base.unanswered()) {
            if (skipped.contains(id)) {
                continue;
            }
            Question question = knowledgeBase.questionnaire().question(id).orElseThrow();
            Map<String, Decision> decides = decisions(question, answers, base, language);
            if (!decides.isEmpty() && (best == null || decides.size() > best.decides().size())) {
                best = new QuestionToAsk(id, question.text().in(language), List.copyOf(decides.values()));
            }
        }
        if (best != null) {
            return Optional.of(best);
        }
        return firstWayToANearMiss(answers, base, skipped)
                .map(way -> {
                    Question question = knowledgeBase.questionnaire().question(way.iterator().next()).orElseThrow();
                    return new QuestionToAsk(question.id(), question.text().in(language), List.of());
                });
    }

    /**
     * The blank questions of the first way to a near miss, trying the ways with fewest questions first and
     * none with a skipped question; empty when there is none.
     */
    private Optional<Set<String>> firstWayToANearMiss(Map<String, JsonNode> answers, Probed base, Set<String> skipped) {
        Map<Set<String>, String> ways = new LinkedHashMap<>();
        for (RuleOutline rule : knowledgeBase.rules().outline()) {
            if (rule.pitfall() == null || base.pitfalls().contains(rule.pitfall())) {
                continue;
            }
            for (Set<String> needed : neededQuestions(rule, answers, base, new LinkedHashSet<>())) {
                if (!needed.isEmpty() && needed.size() <= MAX_QUESTIONS && needed.stream().noneMatch(skipped::contains)) {
                    ways.putIfAbsent(needed, rule.pitfall());
                }
            }
        }
        return ways.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<Set<String>, String> way) -> way.getKey().size()))
                .filter(way -> !answers.equals(failedWays.get(way.getKey())))
                .filter(way -> {
                    boolean fires = fires(way.getValue(), way.getKey(), answers);
                    if (!fires) {
                        failedWays.put(way.getKey(), Map.copyOf(answers));
                    }
                    return fires;
                })
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /** The findings some answer to {@code question} adds or removes, each with the answers that do it. */
    private Map<String, Decision> decisions(Question question, Map<String, JsonNode> answers, Probed base,
            String language) {
        Map<String, Set<String>> adds = new LinkedHashMap<>();
        Map<String, Set<String>> removes = new LinkedHashMap<>();
        for (JsonNode candidate : candidates.of(question, answers)) {
            Map<String, JsonNode> tried = new LinkedHashMap<>(answers);
            tried.put(question.id(), candidate);
            Optional<Probed> probed = probe(tried);
            if (probed.isEmpty()) {
                continue;
            }
            String label = labels.of(question, candidate);
            probed.get().pitfalls().stream().filter(pitfall -> !base.pitfalls().contains(pitfall))
                    .forEach(pitfall -> adds.computeIfAbsent(pitfall, key -> new LinkedHashSet<>()).add(label));
            base.pitfalls().stream().filter(pitfall -> !probed.get().pitfalls().contains(pitfall))
                    .forEach(pitfall -> removes.computeIfAbsent(pitfall, key -> new LinkedHashSet<>()).add(label));
        }
        Map<String, Decision> decides = new LinkedHashMap<>();
        removes.forEach((pitfall, with) -> decides.put(pitfall, decision(pitfall, "removes", with, language)));
        adds.forEach((pitfall, with) -> decides.put(pitfall, decision(pitfall, "adds", with, language)));
        return decides;
    }

    private Decision decision(String pitfall, String effect, Set<String> answers, String language) {
        return new Decision(pitfall, title(pitfall, language), effect, List.copyOf(answers));
    }

    private List<NearMiss> nearMisses(Map<String, JsonNode> answers, Probed base, String language) {
        List<NearMiss> nearMisses = new ArrayList<>();
        for (Pitfall pitfall : knowledgeBase.pitfalls().all()) {
            if (base.pitfalls().contains(pitfall.id())) {
                continue;
            }
            Map<Set<String>, Way> ways = new LinkedHashMap<>();
            for (RuleOutline rule : knowledgeBase.rules().outline()) {
                if (!pitfall.id().equals(rule.pitfall())) {
                    continue;
                }
                for (Set<String> needed : neededQuestions(rule, answers, base, new LinkedHashSet<>())) {
                    if (!needed.isEmpty() && needed.size() <= MAX_QUESTIONS && !ways.containsKey(needed)
                            && ways.keySet().stream().noneMatch(needed::containsAll)
                            && fires(pitfall.id(), needed, answers)) {
                        ways.put(needed, new Way(rule.name(), rule.title(language), List.copyOf(needed),
                                needed.stream().map(id -> knowledgeBase.questionnaire().question(id).orElseThrow()
                                        .text().in(language)).toList()));
                    }
                }
            }
            if (!ways.isEmpty()) {
                nearMisses.add(new NearMiss(pitfall.id(), pitfall.title().in(language), List.copyOf(ways.values())));
            }
        }
        return nearMisses;
    }

    /**
     * The sets of blank questions the rule would need answered, one set per way its conclusions could be
     * drawn; empty when an answer already given rules the rule out (its question is hidden by another
     * answer) or the sets grow beyond what is tried.
     */
    private List<Set<String>> neededQuestions(RuleOutline rule, Map<String, JsonNode> answers, Probed base,
            Set<String> visiting) {
        if (!visiting.add(rule.name())) {
            return List.of();
        }
        Set<String> direct = new LinkedHashSet<>();
        List<List<Set<String>>> conclusions = new ArrayList<>();
        for (PatternOutline pattern : rule.patterns()) {
            if (pattern.negated() || pattern.optional()) {
                continue;
            }
            if ("Answer".equals(pattern.type()) && pattern.equalTo("question") != null) {
                String question = pattern.equalTo("question");
                if (!answers.containsKey(question) || answers.get(question).isNull()) {
                    if (!askable(question, answers, base, direct)) {
                        visiting.remove(rule.name());
                        return List.of();
                    }
                }
            } else if ("Conclusion".equals(pattern.type()) && pattern.equalTo("name") != null
                    && !base.conclusions().contains(pattern.equalTo("name"))) {
                String name = pattern.equalTo("name");
                List<Set<String>> alternatives = new ArrayList<>();
                for (RuleOutline concluding : knowledgeBase.rules().outline()) {
                    if (concluding.concludes().contains(name)) {
                        alternatives.addAll(neededQuestions(concluding, answers, base, visiting));
                    }
                }
                if (alternatives.isEmpty()) {
                    visiting.remove(rule.name());
                    return List.of();
                }
                conclusions.add(alternatives);
            }
        }
        List<Set<String>> sets = new ArrayList<>(List.of(direct));
        for (List<Set<String>> alternatives : conclusions) {
            List<Set<String>> combined = new ArrayList<>();
            for (Set<String> set : sets) {
                for (Set<String> alternative : alternatives) {
                    Set<String> union = new LinkedHashSet<>(set);
                    union.addAll(alternative);
                    if (union.size() <= MAX_QUESTIONS) {
                        combined.add(union);
                    }
                }
            }
            sets = combined;
        }
        visiting.remove(rule.name());
        return sets;
    }

    /**
     * Adds the blank question (and its blank parent, when it is asked only after an answer not given yet)
     * to {@code needed}; false when an answer already given hides it.
     */
    private boolean askable(String question, Map<String, JsonNode> answers, Probed base, Set<String> needed) {
        if (base.unanswered().contains(question)) {
            needed.add(question);
            return true;
        }
        Question asked = knowledgeBase.questionnaire().question(question).orElse(null);
        if (asked == null || asked.showIf() == null) {
            return false;
        }
        String parent = asked.showIf().question();
        if (base.unanswered().contains(parent)) {
            needed.add(parent);
            needed.add(question);
            return true;
        }
        return false;
    }

    /** Whether some combination of answers to the blank questions {@code needed} makes the rules find the pitfall. */
    private boolean fires(String pitfall, Set<String> needed, Map<String, JsonNode> answers) {
        List<Question> questions = needed.stream()
                .map(id -> knowledgeBase.questionnaire().question(id).orElseThrow()).toList();
        List<List<JsonNode>> values = questions.stream().map(question -> candidates.combinable(question, answers)).toList();
        int[] index = new int[questions.size()];
        for (int tries = 0; tries < MAX_TRIES_PER_WAY; tries++) {
            Map<String, JsonNode> tried = new LinkedHashMap<>(answers);
            for (int i = 0; i < questions.size(); i++) {
                tried.put(questions.get(i).id(), values.get(i).get(index[i]));
            }
            Optional<Probed> probed = probe(tried);
            if (probed.isPresent() && probed.get().pitfalls().contains(pitfall)) {
                return true;
            }
            int position = 0;
            while (position < index.length && ++index[position] == values.get(position).size()) {
                index[position++] = 0;
            }
            if (position == index.length) {
                return false;
            }
        }
        return false;
    }

    /** The evaluation of answers the questionnaire takes; empty for a combination it refuses. */
    private Optional<Probed> probe(Map<String, JsonNode> answers) {
        try {
            return Optional.of(Assessor.probe(knowledgeBase, answers));
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
    }

    private String title(String pitfall, String language) {
        return knowledgeBase.pitfalls().find(pitfall).map(found -> found.title().in(language)).orElse(pitfall);
    }
}
