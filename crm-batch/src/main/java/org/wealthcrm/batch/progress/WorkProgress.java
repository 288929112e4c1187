package org.wealthcrm.batch.progress;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Count, rate and ETA of countable work inside a step (name initials, publishing the mart, the export): logged and
 * handed to a sink (the run's progress line on the operations page) every few seconds and once at the end.
 * The clock measures the rate only; it never enters a business figure.
 */
public final class WorkProgress {

    private static final Logger log = LoggerFactory.getLogger(WorkProgress.class);
    static final long EVERY_NANOS = 3_000_000_000L;

    private final String work;
    private final long expected;
    private final Consumer<String> sink;
    private final LongSupplier nanoClock;
    private final long started;
    private long done;
    private long lastReport;

    public WorkProgress(String work, long expected, Consumer<String> sink) {
        this(work, expected, sink, System::nanoTime);
    }

    WorkProgress(String work, long expected, Consumer<String> sink, LongSupplier nanoClock) {
        this.work = work;
        this.expected = expected;
        this.sink = sink;
        this.nanoClock = nanoClock;
        this.started = nanoClock.getAsLong();
        this.lastReport = started;
    }

    /** A sink that drops the lines, for callers without an operations page (tests, tools). */
    public static Consumer<String> nowhere() {
        return line -> { };
    }

    public void add(long count) {
        done += count;
        long now = nanoClock.getAsLong();
        if (now - lastReport >= EVERY_NANOS) {
            report(now);
        }
    }

    public void finish() {
        report(nanoClock.getAsLong());
    }

    private void report(long now) {
        lastReport = now;
        String line = line(now);
        log.info("[night] {}", line);
        sink.accept(line);
    }

    String line(long now) {
        double seconds = Math.max(0.001, (now - started) / 1e9);
        double rate = done / seconds;
        if (expected <= 0) {
            return String.format("%s %,d rows %,.0f rows/s %.1f s", work, done, rate, seconds);
        }
        long eta = rate <= 0 ? 0 : (long) Math.ceil(Math.max(0, expected - done) / rate);
        return work + " " + new Progress(done, expected, rate, Duration.ofSeconds(eta));
    }
}
