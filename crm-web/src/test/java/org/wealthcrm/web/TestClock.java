package org.wealthcrm.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A clock the test moves by hand (Asia/Shanghai). */
public final class TestClock extends Clock {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private Instant now;

    public TestClock(LocalDateTime start) {
        this.now = start.atZone(ZONE).toInstant();
    }

    public void advance(Duration by) {
        now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
        return ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
        return now;
    }
}
