package org.wealthcrm.batch.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class WorkProgressTest {

    private final AtomicLong nanos = new AtomicLong();
    private final List<String> lines = new ArrayList<>();

    @Test
    void addWhenLessThanThreeSecondsSinceLastLineThenNothingReported() {
        WorkProgress progress = new WorkProgress("publish_mart", 10_000, lines::add, nanos::get);
        nanos.set(2_999_000_000L);
        progress.add(3_000);

        assertThat(lines).isEmpty();
    }

    @Test
    void addWhenThreeSecondsPassedThenCountRateAndEta() {
        WorkProgress progress = new WorkProgress("publish_mart", 10_000, lines::add, nanos::get);
        nanos.set(4_000_000_000L);
        progress.add(4_000); // 4,000 rows in 4 s = 1,000 rows/s; 6,000 left -> 6 s

        assertThat(lines).containsExactly("publish_mart 4,000/10,000 (40%) 1,000 rows/s ETA 6s");
    }

    @Test
    void finishWhenDoneThenHundredPercentAndNoEta() {
        WorkProgress progress = new WorkProgress("name_initials", 2_500, lines::add, nanos::get);
        nanos.set(500_000_000L);
        progress.add(2_500);
        progress.finish();

        assertThat(lines).containsExactly("name_initials 2,500/2,500 (100%) 5,000 rows/s ETA 0s");
    }

    @Test
    void finishWhenNothingExpectedThenRowsRateAndElapsed() {
        WorkProgress progress = new WorkProgress("export_metrics", 0, lines::add, nanos::get);
        nanos.set(2_000_000_000L);
        progress.add(300);
        progress.finish();

        assertThat(lines).containsExactly("export_metrics 300 rows 150 rows/s 2.0 s");
    }
}
