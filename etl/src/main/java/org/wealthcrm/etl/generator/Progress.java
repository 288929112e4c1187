package org.wealthcrm.etl.generator;

import java.time.temporal.ChronoUnit;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Progress on stderr in customer-days (rate and ETA), or nothing at all when quiet. */
final class Progress implements AutoCloseable {

    private final ProgressBar bar;

    private Progress(ProgressBar bar) {
        this.bar = bar;
    }

    static Progress quiet() {
        return new Progress(null);
    }

    static Progress onStderr(String task, long total) {
        return new Progress(new ProgressBarBuilder()
            .setTaskName(task)
            .setInitialMax(total)
            .setStyle(ProgressBarStyle.ASCII)
            .setConsumer(new ConsoleProgressBarConsumer(System.err))
            .setUnit(" cust", 1)
            .showSpeed()
            .setSpeedUnit(ChronoUnit.SECONDS)
            .setUpdateIntervalMillis(500)
            .setMaxRenderedLength(120)
            .build());
    }

    void step(long customers) {
        if (bar != null) {
            bar.stepBy(customers);
        }
    }

    void message(String text) {
        if (bar != null) {
            bar.setExtraMessage(" " + text);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
