package org.wealthcrm.batch.night;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.wealthcrm.batch.progress.RunProgress;

/** Makes the {@link StepHeartbeat} of each tasklet step, with the step's duration the last time it completed. */
@Component
class Heartbeats {

    private final JdbcTemplate jdbc;
    private final RunProgress runProgress;

    Heartbeats(JdbcTemplate jdbc, RunProgress runProgress) {
        this.jdbc = jdbc;
        this.runProgress = runProgress;
    }

    StepHeartbeat forStep(String step) {
        return new StepHeartbeat(step, runProgress, this);
    }

    /** From Spring Batch's job repository: the newest completed execution of the step. */
    Optional<Duration> lastCompleted(String step) {
        return jdbc.query("select start_time, end_time from batch_step_execution where step_name = ?"
                + " and status = 'COMPLETED' and end_time is not null order by step_execution_id desc", rs -> {
                    if (!rs.next()) {
                        return Optional.<Duration>empty();
                    }
                    Timestamp start = rs.getTimestamp(1);
                    Timestamp end = rs.getTimestamp(2);
                    return Optional.of(Duration.between(start.toInstant(), end.toInstant()));
                }, step);
    }
}
