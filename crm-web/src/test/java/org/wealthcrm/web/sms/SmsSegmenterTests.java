package org.wealthcrm.web.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class SmsSegmenterTests {

    @Test
    void segmentWhenPlainAsciiThenGsmOnePart() {
        Segmentation s = SmsSegmenter.segment("Hello");
        assertThat(s.encoding()).isEqualTo(Segmentation.Encoding.GSM7);
        assertThat(s.units()).isEqualTo(5);
        assertThat(s.parts()).containsExactly("Hello");
        assertThat(s.perPart()).isEqualTo(160);
    }

    @Test
    void segmentWhen160SeptetsThenOnePartAnd161ThenParts153And8() {
        assertThat(SmsSegmenter.segment("a".repeat(160)).parts()).hasSize(1);
        Segmentation s = SmsSegmenter.segment("a".repeat(161));
        assertThat(s.parts()).extracting(String::length).containsExactly(153, 8);
        assertThat(s.perPart()).isEqualTo(153);
    }

    @Test
    void segmentWhenExtensionCharactersThenTwoSeptetsEach() {
        assertThat(SmsSegmenter.segment("[]{}€").units()).isEqualTo(10);
        assertThat(SmsSegmenter.segment("€".repeat(80)).parts()).hasSize(1);
        // 81 x 2 = 162 septets: 76 euro signs (152 septets) fit in a part of 153, the 77th would make 154
        assertThat(SmsSegmenter.segment("€".repeat(81)).parts()).extracting(String::length).containsExactly(76, 5);
    }

    @Test
    void segmentWhenEscapeWouldStraddlePartsThenItMovesToNextPart() {
        // 152 + 2 + 10 = 164 septets; the euro sign (2 septets) does not fit after 152
        Segmentation s = SmsSegmenter.segment("a".repeat(152) + "€" + "b".repeat(10));
        assertThat(s.parts()).containsExactly("a".repeat(152), "€" + "b".repeat(10));
    }

    @Test
    void segmentWhenAnyChineseThenUcs2With70And67() {
        Segmentation mixed = SmsSegmenter.segment("Hello 张");
        assertThat(mixed.encoding()).isEqualTo(Segmentation.Encoding.UCS2);
        assertThat(mixed.units()).isEqualTo(7);
        assertThat(SmsSegmenter.segment("您".repeat(70)).parts()).hasSize(1);
        assertThat(SmsSegmenter.segment("您".repeat(71)).parts()).extracting(String::length).containsExactly(67, 4);
        assertThat(SmsSegmenter.segment("您".repeat(134)).parts()).hasSize(2);
        assertThat(SmsSegmenter.segment("您".repeat(135)).parts()).hasSize(3);
    }

    @Test
    void segmentWhenSurrogatePairsThenNeverSplitInsideOne() {
        // 36 emoji = 72 UTF-16 units > 70; 33 emoji (66 units) per part, the 34th would make 68 > 67
        Segmentation s = SmsSegmenter.segment("😀".repeat(36));
        assertThat(s.parts()).extracting(String::length).containsExactly(66, 6);
    }

    @Test
    void segmentWhenEscapeControlCharacterThenNotGsm() {
        assertThat(SmsSegmenter.segment("a\u001bb").encoding()).isEqualTo(Segmentation.Encoding.UCS2);
    }

    @Test
    void payloadWhenConcatenatedUcs2ThenUdhThenBigEndianText() {
        Segmentation s = SmsSegmenter.segment("您".repeat(71));
        byte[] first = SmsSegmenter.payload(s, 0, 0x2A);
        assertThat(first).hasSize(140);
        assertThat(Arrays.copyOf(first, 8)).containsExactly(5, 0, 3, 0x2A, 2, 1, 0x60, 0xA8 - 256);
        assertThat(SmsSegmenter.payload(s, 1, 0x2A)).hasSize(6 + 8);
    }

    @Test
    void payloadWhenSingleGsmPartThenSeptetsWithoutUdh() {
        assertThat(SmsSegmenter.payload(SmsSegmenter.segment("A€@"), 0, 1)).containsExactly(0x41, 0x1B, 0x65, 0x00);
    }
}
