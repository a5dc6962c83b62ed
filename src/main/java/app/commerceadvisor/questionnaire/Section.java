package app.commerceadvisor.questionnaire;

import app.commerceadvisor.knowledge.LocalizedText;
import java.util.List;

/** A group of questions on one topic. */
public record Section(String id, LocalizedText title, List<Question> questions) {

    public Section {
        questions = questions == null ? List.of() : List.copyOf(questions);
    }
}
