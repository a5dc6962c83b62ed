package app.commerceadvisor.questionnaire;

import java.util.List;

/**
 * The condition under which a question is asked: an earlier question's answer is one of {@code oneOf}
 * (for a multiple-choice question: any chosen option is). A question whose condition is not met is
 * neither asked nor counted as unanswered.
 */
public record ShowIf(String question, List<String> oneOf) {

    public ShowIf {
        oneOf = oneOf == null ? List.of() : List.copyOf(oneOf);
    }
}
