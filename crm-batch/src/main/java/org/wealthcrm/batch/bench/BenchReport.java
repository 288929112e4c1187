package org.wealthcrm.batch.bench;

import java.io.PrintStream;
import java.time.LocalDate;

import org.springframework.jdbc.core.JdbcTemplate;
import org.wealthcrm.batch.night.NightlyRun;

/** Prints the benchmark's figures. */
final class BenchReport {

    private final PrintStream out;
    private double analyticsSeconds;

    BenchReport(PrintStream out) {
        this.out = out;
    }

    void line(String format, Object... args) {
        out.printf("[bench] " + format + "%n", args);
    }

    void night(JdbcTemplate jdbc, NightlyRun.NightOutcome night, double wall, long batchHeap, long analyticsRss) {
        line("night %s: %s, wall %.1f s", night.businessDate(), night.completed() ? "COMPLETED" : night.message(), wall);
        line("%-24s %9s %12s %12s", "step", "seconds", "rows", "rows/s");
        jdbc.query("select step_name, extract(epoch from end_time - start_time), read_count from batch_step_execution"
                + " where job_execution_id = ? order by step_execution_id", rs -> {
            double seconds = rs.getDouble(2);
            long rows = rs.getLong(3);
            if (rs.getString(1).equals("analytics")) {
                analyticsSeconds = seconds;
            }
            line("%-24s %9.1f %12d %12s", rs.getString(1), seconds, rows,
                    rows > 0 && seconds > 0 ? String.format("%,.0f", rows / seconds) : "");
        }, night.jobExecutionId());
        line("peak memory: batch JVM heap %d MiB, analytics JVM resident %d MiB", batchHeap >> 20, analyticsRss >> 20);
    }

    void duckDb(JdbcTemplate jdbc, LocalDate date, DuckDbReference.Result duck) {
        line("duckdb reference (AUM, AUM_AVG_30, tier, coverage from the text files): %.1f s", duck.seconds());
        line("analytics step / duckdb = %.2f", analyticsSeconds / duck.seconds());
        jdbc.query("select count(*), sum(aum), sum(aum_avg_30), count(case when aum_avg_30 >= 50000 then 1 end),"
                + " sum(coverage) from customer_metrics where biz_date = ?", rs -> {
            line("mart   customers=%d aum=%s avg30=%s vip=%d coverage=%d", rs.getLong(1),
                    rs.getBigDecimal(2).toPlainString(), rs.getBigDecimal(3).toPlainString(), rs.getLong(4), rs.getLong(5));
        }, date);
        line("duckdb customers=%d aum=%s avg30=%s vip=%d coverage=%d", duck.customers(), duck.aumTotal(),
                duck.avgTotal(), duck.vip(), duck.coverageTotal());
    }
}
