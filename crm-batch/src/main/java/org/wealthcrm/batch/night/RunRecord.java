package org.wealthcrm.batch.night;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code nightly_run} record of each run, with one {@code nightly_run_file} row per extract. */
@Repository
class RunRecord {

    private final JdbcTemplate jdbc;

    RunRecord(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long start(LocalDate businessDate, long jobExecutionId, LocalDateTime startedAt) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("insert into nightly_run (biz_date, job_execution_id, status, started_at)"
                    + " values (?, ?, 'STARTED', ?)", new String[] {"run_id"});
            ps.setObject(1, businessDate);
            ps.setLong(2, jobExecutionId);
            ps.setObject(3, startedAt);
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    void file(long runId, String fileName, String verdict, long read, long loaded, long rejected, String message) {
        jdbc.update("delete from nightly_run_file where run_id = ? and file_name = ?", runId, fileName);
        jdbc.update("insert into nightly_run_file (run_id, file_name, verdict, read_count, loaded_count,"
                + " rejected_count, message) values (?, ?, ?, ?, ?, ?, ?)",
                runId, fileName, verdict, read, loaded, rejected, shorten(message, 1000));
    }

    /** The run of a job execution whose process died: FAILED, so the operations page tells the truth. */
    void markDead(long jobExecutionId) {
        jdbc.update("update nightly_run set status = 'FAILED', message = 'the process running this night died;"
                + " restarted by a later run' where job_execution_id = ? and status = 'STARTED'", jobExecutionId);
    }

    private static String shorten(String message, int max) {
        return message == null || message.length() <= max ? message : message.substring(0, max);
    }

    boolean completed(LocalDate businessDate) {
        return jdbc.queryForObject("select count(*) from nightly_run where biz_date = ? and status = 'COMPLETED'",
                Integer.class, businessDate) > 0;
    }

    void finish(long runId, String status, LocalDateTime endedAt, Integer customers, long rejected, String message) {
        jdbc.update("update nightly_run set status = ?, ended_at = ?, customers = ?, rejected = ?, message = ?"
                + " where run_id = ?", status, endedAt, customers, rejected,
                shorten(message, 2000), runId);
    }
}
