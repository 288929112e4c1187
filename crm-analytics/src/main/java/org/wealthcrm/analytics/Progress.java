package org.wealthcrm.analytics;

import java.util.Locale;

/** Progress lines on stdout: {@code [analytics] 20261120 stage=aum rows=12 elapsed=3.4s}. */
final class Progress {

    private final String businessDate;
    private final long started;

    /** @param started System.nanoTime() when the run began (before the SparkSession started) */
    Progress(String businessDate, long started) {
        this.businessDate = businessDate;
        this.started = started;
    }

    void stage(String stage, long rows) {
        System.out.printf(Locale.ROOT, "[analytics] %s stage=%s rows=%d elapsed=%.1fs%n",
                businessDate, stage, rows, seconds());
    }

    void done(long customers) {
        System.out.printf(Locale.ROOT, "[analytics] done customers=%d seconds=%.1f%n", customers, seconds());
    }

    private double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }
}
