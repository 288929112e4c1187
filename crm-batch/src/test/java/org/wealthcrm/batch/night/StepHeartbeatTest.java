package org.wealthcrm.batch.night;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class StepHeartbeatTest {

    private final StepHeartbeat heartbeat = new StepHeartbeat("manager_kpis", null, null);

    @Test
    void lineWhenStepRanBeforeThenEtaFromLastRun() {
        assertThat(heartbeat.line(Duration.ofSeconds(35), Optional.of(Duration.ofSeconds(62))))
                .isEqualTo("manager_kpis running 35 s, last run 62 s, ETA 27s");
    }

    @Test
    void lineWhenRunningLongerThanLastRunThenEtaZero() {
        assertThat(heartbeat.line(Duration.ofSeconds(70), Optional.of(Duration.ofSeconds(62))))
                .isEqualTo("manager_kpis running 70 s, last run 62 s, ETA 0s");
    }

    @Test
    void lineWhenFirstRunThenOnlyTimeRunning() {
        assertThat(heartbeat.line(Duration.ofSeconds(5), Optional.empty())).isEqualTo("manager_kpis running 5 s");
    }
}
