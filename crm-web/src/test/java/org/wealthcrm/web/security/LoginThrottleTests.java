package org.wealthcrm.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wealthcrm.web.CrmWebTest;
import org.wealthcrm.web.TestClock;

/** The throttle on the real login_security table, its time from a Clock the test moves. */
@CrmWebTest
class LoginThrottleTests {

    @Autowired
    LoginSecurityMapper mapper;
    @Autowired
    SignInRules rules;

    private final TestClock clock = new TestClock(LocalDateTime.of(2026, 11, 20, 9, 0));

    @Test
    void refusalWhenFifthFailureAtNineOhFourThenAccountLockedUntilNineNineteen() {
        LoginThrottle throttle = new LoginThrottle(mapper, rules, clock);
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("clock1", "10.8.0.1");
            clock.advance(Duration.ofMinutes(1));
        }
        clock.advance(Duration.ofMinutes(13).plusSeconds(59));
        assertThat(throttle.refusal("clock1", "10.8.0.2")).contains("LOCKED_ACCOUNT");
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.refusal("clock1", "10.8.0.2")).isEqualTo(Optional.empty());
    }

    @Test
    void refusalWhenTwentyFailuresFromOneAddressThenThatAddressLockedFifteenMinutesForEveryName() {
        LoginThrottle throttle = new LoginThrottle(mapper, rules, clock);
        for (int i = 0; i < 20; i++) {
            throttle.recordFailure("clock-" + i, "10.8.0.3");
        }
        assertThat(throttle.refusal("clock-new", "10.8.0.3")).contains("LOCKED_ADDRESS");
        assertThat(throttle.refusal("clock-new", "10.8.0.4")).isEmpty();
        clock.advance(Duration.ofMinutes(15));
        assertThat(throttle.refusal("clock-new", "10.8.0.3")).isEmpty();
    }

    @Test
    void clearAccountWhenFourFailuresThenFifthStartsAgainWithoutLock() {
        LoginThrottle throttle = new LoginThrottle(mapper, rules, clock);
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("clock2", "10.8.0.5");
        }
        throttle.clearAccount("clock2");
        throttle.recordFailure("clock2", "10.8.0.5");
        assertThat(mapper.find(LoginThrottle.ACCOUNT, "clock2"))
                .isEqualTo(new FailureCount(1, LocalDateTime.of(2026, 11, 20, 9, 0), null));
    }
}
