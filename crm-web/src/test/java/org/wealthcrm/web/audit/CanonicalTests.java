package org.wealthcrm.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class CanonicalTests {

    @Test
    void serialiseWhenMixedValuesThenLengthPrefixedWithNullMarker() {
        String canonical = Canonical.serialise("t", 7,
                Arrays.asList(LocalDateTime.of(2026, 11, 20, 9, 30), null, 42, "张三"));
        assertThat(canonical).isEqualTo("S1:t;S1:7;S23:2026-11-20T09:30:00.000;N;S2:42;S2:张三;");
    }

    @Test
    void serialiseWhenValuesWouldRunTogetherThenStillDistinct() {
        assertThat(Canonical.serialise("t", 1, List.of("a;", "b")))
                .isNotEqualTo(Canonical.serialise("t", 1, List.of("a", ";b")));
    }

    @Test
    void serialiseWhenTimestampReadBackThenSameAsLocalDateTimeWritten() {
        LocalDateTime written = LocalDateTime.of(2026, 11, 20, 9, 30, 5, 123_456_789);
        Timestamp readBack = Timestamp.valueOf(LocalDateTime.of(2026, 11, 20, 9, 30, 5, 123_000_000));
        assertThat(Canonical.serialise("t", 1, List.of(readBack)))
                .isEqualTo(Canonical.serialise("t", 1, List.of(written)))
                .isEqualTo("S1:t;S1:1;S23:2026-11-20T09:30:05.123;");
    }

    @Test
    void hashWhenGenesisAndKnownTextThenSha256OfPrevNewlineText() {
        // printf '%s\nS1:t;S1:7;' 000...0 | sha256sum
        assertThat(Canonical.hash(Canonical.GENESIS, "S1:t;S1:7;"))
                .isEqualTo("5893bac3f4ac2081f77d7b75a00c3c00a37c7ec56c4dd60c54ae0b1f813ce1bc");
    }
}
