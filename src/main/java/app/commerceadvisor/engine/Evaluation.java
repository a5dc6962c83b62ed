package app.commerceadvisor.engine;

import java.util.List;

/** What one evaluation of a rule base found. */
public record Evaluation(List<Diagnosis> diagnoses) {

    public Evaluation {
        diagnoses = List.copyOf(diagnoses);
    }
}
