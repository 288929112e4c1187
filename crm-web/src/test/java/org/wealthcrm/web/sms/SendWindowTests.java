package org.wealthcrm.web.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

class SendWindowTests {

    final SendWindow window = new SendWindow(LocalTime.of(21, 0), LocalTime.of(8, 0));

    @Test
    void nextAllowedWhenInsideWindowThenSameTime() {
        LocalDateTime t = LocalDateTime.of(2026, 11, 20, 20, 59);
        assertThat(window.nextAllowed(t)).isEqualTo(t);
    }

    @Test
    void nextAllowedWhenEveningThenNextMorningAndWhenEarlyThenSameMorning() {
        assertThat(window.nextAllowed(LocalDateTime.of(2026, 11, 20, 21, 0)))
                .isEqualTo(LocalDateTime.of(2026, 11, 21, 8, 0));
        assertThat(window.nextAllowed(LocalDateTime.of(2026, 11, 21, 7, 59)))
                .isEqualTo(LocalDateTime.of(2026, 11, 21, 8, 0));
    }
}
