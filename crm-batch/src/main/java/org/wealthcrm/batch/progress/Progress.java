package org.wealthcrm.batch.progress;

import java.time.Duration;
import java.time.LocalDateTime;

import org.springframework.batch.core.step.StepExecution;

/** Count, rate and ETA of a step that knows how many items to expect (from the control file). */
public record Progress(long done, long expected, double perSecond, Duration eta) {

    public static Progress of(StepExecution step, long expected) {
        LocalDateTime start = step.getStartTime();
        long done = step.getReadCount();
        // wall-clock time is measured here for the rate only; it never enters a business figure
        double seconds = start == null ? 0 : Math.max(0.001, Duration.between(start, LocalDateTime.now()).toMillis() / 1000.0);
        double rate = seconds == 0 ? 0 : done / seconds;
        long left = Math.max(0, expected - done);
        Duration eta = rate <= 0 ? Duration.ZERO : Duration.ofSeconds((long) Math.ceil(left / rate));
        return new Progress(done, expected, rate, eta);
    }

    @Override
    public String toString() {
        long pct = expected == 0 ? 100 : Math.min(100, done * 100 / expected);
        return String.format("%,d/%,d (%d%%) %,.0f rows/s ETA %ds", done, expected, pct, perSecond, eta.toSeconds());
    }
}
