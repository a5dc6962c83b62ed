package app.commerceadvisor.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The first step of a report is the first sentence of the first priority's advice, in either language. */
class FirstStepTest {

    @Test
    void firstSentenceEndsAtTheFirstFullStopFollowedBySpaceNotInsideAFigure() {
        assertThat(HeadWriter.firstSentence("Keep the share below 0.5 of the margin. Then grow it."))
                .isEqualTo("Keep the share below 0.5 of the margin.");
        assertThat(HeadWriter.firstSentence("One sentence only.")).isEqualTo("One sentence only.");
    }

    @Test
    void chineseSentenceEndsAtTheFirstFullStopWithoutASpace() {
        assertThat(HeadWriter.firstSentence("先别加大备货。把资金投到跑通渠道上。")).isEqualTo("先别加大备货。");
    }
}
