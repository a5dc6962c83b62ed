package app.commerceadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {

    @Test
    void lineBreaksFoldedIntoChineseTextLeaveNoSpaces() {
        LocalizedText text = new LocalizedText(Map.of("zh", "店铺权重这类平台电商 打法，在这里换不来 “持续” 的增长： 流量"));

        assertThat(text.in("zh")).isEqualTo("店铺权重这类平台电商打法，在这里换不来“持续”的增长：流量");
    }

    @Test
    void spacesBetweenChineseAndLatinWordsAndInEnglishStay() {
        LocalizedText text = new LocalizedText(Map.of(
                "zh", "抖音和 TikTok 上的订单", "en", "Orders on “TikTok” and “Douyin” come in"));

        assertThat(text.in("zh")).isEqualTo("抖音和 TikTok 上的订单");
        assertThat(text.in("en")).isEqualTo("Orders on “TikTok” and “Douyin” come in");
    }

    @Test
    void missingLanguageFallsBackToEnglish() {
        LocalizedText text = new LocalizedText(Map.of("en", "Yes"));

        assertThat(text.in("zh")).isEqualTo("Yes");
        assertThat(text.missing(java.util.List.of("en", "zh"))).containsExactly("zh");
    }
}
