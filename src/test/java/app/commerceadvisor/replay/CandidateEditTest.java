package app.commerceadvisor.replay;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CandidateEditTest {

    @Test
    void filesTrainersEditAreTakenAsTheyNameThem() {
        assertThat(CandidateEdit.of("rules/channels.drl", "x")).get().extracting(CandidateEdit::path)
                .isEqualTo("rules/channels.drl");
        assertThat(CandidateEdit.of(" knowledge-base/pitfalls/01-sales.yaml ", "x")).get()
                .extracting(CandidateEdit::inRules, CandidateEdit::path)
                .containsExactly(false, "knowledge-base/pitfalls/01-sales.yaml");
    }

    @Test
    void pathsOutsideTheContentOrOfAnotherKindAreRefused() {
        for (String path : new String[] { "../rules/channels.drl", "rules/../pom.xml", "rules/../../x.drl",
                "/etc/passwd", "rules/", "rules", "rules/channels.txt", "knowledge-base/x.drl", "rules//x.drl",
                "rules/.hidden.drl", "src/main/x.drl", "rules\\x.drl", "" }) {
            assertThat(CandidateEdit.of(path, "x")).as(path).isEmpty();
        }
        assertThat(CandidateEdit.of("rules/long.drl", "x".repeat(CandidateEdit.MAX_LENGTH + 1))).isEmpty();
    }
}
