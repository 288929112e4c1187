package org.wealthcrm.batch.progress;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps the running night's latest progress line in {@code nightly_run.progress} for the operations page. */
@Component
public class RunProgress {

    /** Where the night's listener keeps the {@code nightly_run.run_id} of the running night. */
    public static final String RUN_ID_KEY = "nightly.runId";

    private final JdbcTemplate jdbc;

    RunProgress(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void report(JobExecution execution, String line) {
        if (execution.getExecutionContext().containsKey(RUN_ID_KEY)) {
            jdbc.update("update nightly_run set progress = ? where run_id = ?",
                    line.length() <= 400 ? line : line.substring(0, 400),
                    execution.getExecutionContext().getLong(RUN_ID_KEY));
        }
    }
}
