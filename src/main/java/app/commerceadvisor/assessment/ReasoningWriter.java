package app.commerceadvisor.assessment;

import app.commerceadvisor.pitfall.SourceView;
import app.commerceadvisor.questionnaire.Questionnaire;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;

/**
 * Writes a finding's chain of reasoning out as sentences in the report's language, with the phrases of
 * {@code questionnaire.yaml}'s {@code reportPhrases}: what the merchant answered (in their own words and
 * figures, each answer once), what each rule concluded from it, and what the source says.
 */
final class ReasoningWriter {

    private final Questionnaire questionnaire;
    private final String language;

    ReasoningWriter(Questionnaire questionnaire, String language) {
        this.questionnaire = questionnaire;
        this.language = language;
    }

    String write(List<ReasoningStepView> steps, SourceView source) {
        StringBuilder how = new StringBuilder();
        Set<String> told = new HashSet<>();
        for (ReasoningStepView step : steps) {
            List<Evidence> news = step.evidence().stream().filter(evidence -> told.add(evidence.question())).toList();
            if (!news.isEmpty()) {
                List<String> answered = new ArrayList<>();
                for (Evidence evidence : news) {
                    answered.add(phrase(answered.isEmpty() ? "youAnswered" : "alsoAnswered")
                            .replace("{question}", evidence.questionText())
                            .replace("{answer}", evidence.answerText()));
                }
                how.append(String.join(phrase("and"), answered));
                for (ThresholdValue threshold : step.thresholds()) {
                    how.append(phrase("comparedWith").replace("{value}", figure(threshold.value())));
                }
                how.append(phrase("sentenceEnd"));
            }
            how.append(phrase("so").replace("{title}", step.title()));
        }
        if (source != null && source.quote() != null) {
            how.append(phrase("sourceSays").replace("{quote}", source.quote())
                    .replace("{document}", source.title() == null ? source.document() : source.title())
                    .replace("{section}", source.sectionTitle() == null ? source.section() : source.sectionTitle()));
        }
        return how.toString().strip();
    }

    private String phrase(String key) {
        return questionnaire.reportPhrase(key, language);
    }

    /** 20.0 as 20, 0.5 as 0.5. */
    private static String figure(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
