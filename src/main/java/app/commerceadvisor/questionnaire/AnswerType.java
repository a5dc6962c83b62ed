package app.commerceadvisor.questionnaire;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Arrays;

/** The kinds of answer a question takes. */
public enum AnswerType {
    YES_NO("yes-no"),
    SINGLE_CHOICE("single-choice"),
    MULTIPLE_CHOICE("multiple-choice"),
    NUMBER("number"),
    TEXT("text");

    private final String id;

    AnswerType(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    @JsonCreator
    public static AnswerType fromId(String id) {
        return Arrays.stream(values())
                .filter(type -> type.id.equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown answer type '" + id
                        + "' (known: yes-no, single-choice, multiple-choice, number, text)"));
    }

    public boolean hasOptions() {
        return this == YES_NO || this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }
}
