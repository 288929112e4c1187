package org.wealthcrm.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

/** The lock-out arithmetic, with the times given (the service takes them from the injected Clock). */
class LockoutRuleTests {

    private static final LockoutRule FIVE_IN_FIFTEEN = new LockoutRule(5, Duration.ofMinutes(15));
    private static final LocalDateTime NINE = LocalDateTime.of(2026, 11, 20, 9, 0);

    @Test
    void afterFailureWhenFifthWithinWindowThenLockedForFifteenMinutesFromIt() {
        FailureCount count = null;
        for (int minute = 0; minute < 4; minute++) {
            count = FIVE_IN_FIFTEEN.afterFailure(count, NINE.plusMinutes(minute));
        }
        assertThat(count).isEqualTo(new FailureCount(4, NINE.plusMinutes(3), null));
        assertThat(FIVE_IN_FIFTEEN.locked(count, NINE.plusMinutes(4))).isFalse();

        count = FIVE_IN_FIFTEEN.afterFailure(count, NINE.plusMinutes(4));

        assertThat(count).isEqualTo(new FailureCount(0, NINE.plusMinutes(4), LocalDateTime.of(2026, 11, 20, 9, 19)));
        assertThat(FIVE_IN_FIFTEEN.locked(count, LocalDateTime.of(2026, 11, 20, 9, 18, 59))).isTrue();
    }

    @Test
    void lockedWhenFifteenMinutesHavePassedThenUnlocked() {
        FailureCount locked = new FailureCount(0, NINE, NINE.plusMinutes(15));
        assertThat(FIVE_IN_FIFTEEN.locked(locked, LocalDateTime.of(2026, 11, 20, 9, 15))).isFalse();
        assertThat(FIVE_IN_FIFTEEN.locked(null, NINE)).isFalse();
    }

    @Test
    void afterFailureWhenPreviousOneOlderThanWindowThenCountStartsAgainAtOne() {
        FailureCount four = new FailureCount(4, NINE, null);
        assertThat(FIVE_IN_FIFTEEN.afterFailure(four, NINE.plusMinutes(15)))
                .isEqualTo(new FailureCount(1, NINE.plusMinutes(15), null));
        assertThat(FIVE_IN_FIFTEEN.afterFailure(four, NINE.plusMinutes(14)).lockedUntil())
                .isEqualTo(LocalDateTime.of(2026, 11, 20, 9, 29));
    }
}
