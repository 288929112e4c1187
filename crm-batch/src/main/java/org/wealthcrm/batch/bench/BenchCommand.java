package org.wealthcrm.batch.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.wealthcrm.batch.analytics.AnalyticsLauncher;
import org.wealthcrm.batch.night.NightlyRun;
import org.wealthcrm.etl.generator.BankGenerator;
import org.wealthcrm.etl.generator.GeneratorOptions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The benchmark: generates a bank (standard scale S1 by default), builds the history of the earlier dates, runs
 * the night of the day before as a warm-up and then the measured night of the last date, and compares the
 * analytics with DuckDB on the same files. Prints wall time per step, rows per second and peak memory.
 */
@Component
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measures a night at scale (default S1).")
public class BenchCommand implements Callable<Integer> {

    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    @Option(names = "--customers", defaultValue = "1000000")
    int customers;
    @Option(names = "--days", defaultValue = "30")
    int days;
    @Option(names = "--to", defaultValue = "20261130")
    String to;
    @Option(names = "--seed", defaultValue = "42")
    long seed;
    @Option(names = "--no-backfill", description = "measure with whatever history is already there")
    boolean noBackfill;
    @Option(names = "--no-warm-up", description = "skip the warm-up night of the day before")
    boolean noWarmUp;
    @Option(names = "--prepare-only", description = "generate, build the history and run the warm-up night, then stop"
            + " (a later run measures the night on a quiet machine)")
    boolean prepareOnly;

    private final NightlyRun nightlyRun;
    private final AnalyticsLauncher analytics;
    private final JdbcTemplate jdbc;
    private final Path landing;
    private final Path work;

    BenchCommand(NightlyRun nightlyRun, AnalyticsLauncher analytics, JdbcTemplate jdbc,
                 @Value("${crm.landing-dir}") Path landing, @Value("${crm.work-dir}") Path work) {
        this.nightlyRun = nightlyRun;
        this.analytics = analytics;
        this.jdbc = jdbc;
        this.landing = landing;
        this.work = work;
    }

    @Override
    public Integer call() throws Exception {
        LocalDate last = LocalDate.parse(to, YYYYMMDD);
        LocalDate first = last.minusDays(days - 1L);
        BenchReport report = new BenchReport(System.out);
        if (!Files.exists(landing.resolve(to))) {
            long t = System.nanoTime();
            BankGenerator.generate(GeneratorOptions.of(landing, customers, first, last, seed).withQuiet(false));
            report.line("generate %d customers x %d dates: %.1f s", customers, days, seconds(t));
        }
        if (!noBackfill && days > 2 && !Files.exists(work.resolve("history/customer_day/biz_date=" + last.minusDays(2).format(YYYYMMDD)))) {
            long t = System.nanoTime();
            analytics.backfill(first, last.minusDays(2), landing, work.resolve("history"), work.resolve("backfill"));
            report.line("history of %s..%s built in one Spark session: %.1f s", first, last.minusDays(2), seconds(t));
        }
        if (!noWarmUp && !nightlyRun.completed(last.minusDays(1))) {
            long t = System.nanoTime();
            report.line("warm-up night %s: %s in %.1f s", last.minusDays(1),
                    nightlyRun.run(last.minusDays(1)).message(), seconds(t));
        }
        if (prepareOnly) {
            report.line("prepared: the next ./bench measures the night of %s", last);
            return 0;
        }
        long t = System.nanoTime();
        NightlyRun.NightOutcome night = nightlyRun.run(last);
        double nightSeconds = seconds(t);
        report.night(jdbc, night, nightSeconds, batchHeapPeak(), analytics.lastPeakBytes());
        DuckDbReference.Result duck = new DuckDbReference().run(landing, last, Runtime.getRuntime().availableProcessors());
        report.duckDb(jdbc, last, duck);
        return night.completed() ? 0 : 1;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static long batchHeapPeak() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
