package org.wealthcrm.batch.night;

import java.io.PrintStream;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Prints a run's report: per file read, loaded and rejected with reasons; per step the time it took. */
@Component
public class RunReport {

    private final JdbcTemplate jdbc;

    RunReport(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void print(long jobExecutionId, PrintStream out) {
        jdbc.query("select run_id, biz_date, status, customers, rejected, message from nightly_run"
                + " where job_execution_id = ?", rs -> {
            out.printf("run %d of %s: %s, %s customers published, %d rejected rows%s%n", rs.getLong(1),
                    rs.getObject(2), rs.getString(3), rs.getObject(4), rs.getLong(5),
                    rs.getString(6) == null ? "" : "\n  " + rs.getString(6));
            printFiles(rs.getLong(1), out);
        }, jobExecutionId);
        out.printf("%-32s %10s%n", "step", "seconds");
        jdbc.query("select step_name, start_time, end_time, status from batch_step_execution where job_execution_id = ?"
                + " order by step_execution_id", rs -> {
            var start = rs.getTimestamp(2);
            var end = rs.getTimestamp(3);
            double seconds = start == null || end == null ? 0 : (end.getTime() - start.getTime()) / 1000.0;
            out.printf("%-32s %10.1f %s%n", rs.getString(1), seconds, rs.getString(4));
        }, jobExecutionId);
    }

    private void printFiles(long runId, PrintStream out) {
        out.printf("%-32s %-9s %10s %10s %9s%n", "file", "verdict", "read", "loaded", "rejected");
        jdbc.query("select file_name, verdict, read_count, loaded_count, rejected_count, message from nightly_run_file"
                + " where run_id = ? order by file_name", rs -> {
            out.printf("%-32s %-9s %10d %10d %9d%s%n", rs.getString(1), rs.getString(2), rs.getLong(3),
                    rs.getLong(4), rs.getLong(5), rs.getString(2).equals("LOADED") || rs.getString(6) == null
                            ? "" : "  " + rs.getString(6));
        }, runId);
        jdbc.query("select file_name, reason_code, count(*) from load_reject r join nightly_run n on n.biz_date = r.biz_date"
                + " where n.run_id = ? group by file_name, reason_code order by file_name, reason_code", rs -> {
            out.printf("  rejected %-28s %-18s %d%n", rs.getString(1), rs.getString(2), rs.getLong(3));
        }, runId);
    }
}
