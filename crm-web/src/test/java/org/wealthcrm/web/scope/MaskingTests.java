package org.wealthcrm.web.scope;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTests {

    @Test
    void maskMobileWhenElevenDigitsThenFirstThreeAndLastFourKept() {
        assertThat(Masking.mobile("13812345678")).isEqualTo("138****5678");
    }

    @Test
    void maskIdNumberWhenEighteenCharactersThenFirstSixAndLastFourKept() {
        assertThat(Masking.idNumber("310101198001011234")).isEqualTo("310101********1234");
    }

    @Test
    void maskWhenValueShorterThanKeptPartsThenEverythingHidden() {
        assertThat(Masking.mobile("1234567")).isEqualTo("*******");
    }

    @Test
    void maskWhenValueMissingThenNothingToMask() {
        assertThat(Masking.mobile(null)).isNull();
        assertThat(Masking.idNumber("")).isEmpty();
    }
}
