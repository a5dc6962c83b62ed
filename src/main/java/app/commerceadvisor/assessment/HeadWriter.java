package app.commerceadvisor.assessment;

import app.commerceadvisor.assessment.AssessmentView.FindingView;
import app.commerceadvisor.assessment.ReportHead.Clear;
import app.commerceadvisor.assessment.ReportHead.FirstStep;
import app.commerceadvisor.assessment.ReportHead.NotChecked;
import app.commerceadvisor.assessment.ReportHead.Priority;
import app.commerceadvisor.knowledge.KnowledgeBase;
import app.commerceadvisor.pitfall.Pitfall;
import app.commerceadvisor.pitfall.Urgency;
import app.commerceadvisor.questionnaire.Question;
import app.commerceadvisor.questionnaire.Questionnaire;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the head of a report from its ordered findings. Which questions a pitfall depends on comes from
 * the rule base ({@link app.commerceadvisor.engine.RuleBase#questionsOf}); whether it was found is what
 * the engine said. A pitfall is clear when all of those
 * questions were answered and the rules still found nothing: the rules, not Java, decided it.
 */
final class HeadWriter {

    private static final int PRIORITIES = 3;
    /** The first sentence of a recommendation: up to the first full stop, in either language. */
    private static final Pattern FIRST_SENTENCE = Pattern.compile("^(.+?(?:[.!?](?=\\s|$)|[。！？]))", Pattern.DOTALL);

    private final KnowledgeBase knowledgeBase;
    private final String language;

    HeadWriter(KnowledgeBase knowledgeBase, String language) {
        this.knowledgeBase = knowledgeBase;
        this.language = language;
    }

    /**
     * @param unanswered the questions asked and left blank
     * @param answered   the questions answered
     */
    ReportHead write(List<FindingView> findings, List<String> unanswered, Set<String> answered) {
        Questionnaire questionnaire = knowledgeBase.questionnaire();
        List<Priority> priorities = new ArrayList<>();
        for (FindingView finding : findings.stream().limit(PRIORITIES).toList()) {
            priorities.add(new Priority(priorities.size() + 1, finding.pitfall(), finding.title(), finding.urgencyLabel(),
                    finding.severityLabel()));
        }
        FirstStep firstStep = findings.isEmpty() ? null
                : new FirstStep(findings.get(0).pitfall(), firstSentence(findings.get(0).recommendation()));
        Set<String> found = new LinkedHashSet<>();
        findings.forEach(finding -> found.add(finding.pitfall()));

        Set<String> blank = Set.copyOf(unanswered);
        List<Clear> strengths = new ArrayList<>();
        Map<String, List<String>> decidedBy = new LinkedHashMap<>();
        for (Pitfall pitfall : knowledgeBase.pitfalls().all()) {
            if (found.contains(pitfall.id())) {
                continue;
            }
            Set<String> questions = knowledgeBase.rules().questionsOf(pitfall.id());
            questions.stream().filter(blank::contains)
                    .forEach(question -> decidedBy.computeIfAbsent(question, key -> new ArrayList<>()).add(pitfall.id()));
            if (!questions.isEmpty() && questions.stream().allMatch(answered::contains)
                    && pitfall.severity() != app.commerceadvisor.pitfall.Severity.INFO && pitfall.clearIsAStrength()) {
                strengths.add(new Clear(pitfall.id(), pitfall.title().in(language), List.copyOf(questions)));
            }
        }
        List<NotChecked> notChecked = unanswered.stream()
                .filter(decidedBy::containsKey)
                .map(id -> new NotChecked(id, questionnaire.question(id).map(Question::text).map(text -> text.in(language))
                        .orElse(id), decidedBy.get(id)))
                .toList();
        List<String> summary = List.of(
                phrase("summaryFindings").replace("{count}", String.valueOf(findings.size()))
                        .replace("{thisWeek}", count(findings, Urgency.THIS_WEEK))
                        .replace("{beforeScaling}", count(findings, Urgency.BEFORE_SCALING))
                        .replace("{overTime}", count(findings, Urgency.OVER_TIME)),
                findings.isEmpty() ? phrase("summaryNothingFirst")
                        : phrase("summaryFirst").replace("{title}", findings.get(0).title()),
                phrase("summaryChecked").replace("{clear}", String.valueOf(strengths.size()))
                        .replace("{blank}", String.valueOf(unanswered.size())));
        return new ReportHead(summary, priorities, firstStep, strengths, notChecked);
    }

    private static String count(List<FindingView> findings, Urgency urgency) {
        return String.valueOf(findings.stream().filter(finding -> urgency.id().equals(finding.urgency())).count());
    }

    static String firstSentence(String text) {
        Matcher sentence = FIRST_SENTENCE.matcher(text.strip());
        return sentence.find() ? sentence.group(1) : text.strip();
    }

    private String phrase(String key) {
        return knowledgeBase.questionnaire().reportPhrase(key, language);
    }
}
