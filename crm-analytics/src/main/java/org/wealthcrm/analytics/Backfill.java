package org.wealthcrm.analytics;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.apache.spark.sql.SparkSession;

/**
 * Builds the daily history for a range of business dates in one Spark session (one JVM start instead of one per
 * date): used when a bank goes live with past deliveries, and by the benchmark to stand in for the nights before
 * the measured one. Arguments: {@code <from> <to> <staged> <history> <outputDir> [master]}; the staged folder may
 * be a landing folder of clean deliveries, since staged files keep the extract format.
 */
public final class Backfill {

    private Backfill() {
    }

    public static void main(String[] args) throws Exception {
        WithParent.endWithParent();
        DateTimeFormatter yyyymmdd = DateTimeFormatter.BASIC_ISO_DATE;
        LocalDate from = LocalDate.parse(args[0], yyyymmdd);
        LocalDate to = LocalDate.parse(args[1], yyyymmdd);
        String master = args.length > 5 ? args[5] : "local[*]";
        Files.createDirectories(Path.of(args[4]));
        SparkSession spark = SparkSession.builder().appName("crm-analytics backfill").master(master)
                .config("spark.ui.enabled", "false").getOrCreate();
        int failures = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            String date = day.format(yyyymmdd);
            int exit = NightlyMetricsJob.run(new String[] {"--business-date", date, "--staged", args[2],
                "--history", args[3], "--output", Path.of(args[4], "metrics_" + date + ".csv").toString(),
                "--master", master});
            failures += exit == 0 ? 0 : 1;
        }
        spark.stop();
        System.exit(failures == 0 ? 0 : 1);
    }
}
