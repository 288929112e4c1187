package org.wealthcrm.analytics;

import static org.wealthcrm.analytics.io.HistoryStore.CUSTOMER_DAY;
import static org.wealthcrm.analytics.io.HistoryStore.FUND_NAV;
import static org.wealthcrm.analytics.io.HistoryStore.WM_HOLDING;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.wealthcrm.analytics.activity.Activity;
import org.wealthcrm.analytics.aum.Aum;
import org.wealthcrm.analytics.aum.Nav;
import org.wealthcrm.analytics.aum.Positions;
import org.wealthcrm.analytics.churn.DailyInputs;
import org.wealthcrm.analytics.coverage.Coverage;
import org.wealthcrm.analytics.io.CsvOutput;
import org.wealthcrm.analytics.io.HistoryStore;
import org.wealthcrm.analytics.io.MissingInputException;
import org.wealthcrm.analytics.io.StagedFiles;
import org.wealthcrm.analytics.metrics.CustomerDay;
import org.wealthcrm.analytics.metrics.CustomerMetrics;
import org.wealthcrm.analytics.propensity.PurchaseInputs;
import org.wealthcrm.analytics.tier.Tier;

/**
 * Nightly customer metrics (METRICS.md) for one business date: reads the day's staged extract
 * files, updates the Parquet history for that date, and writes customer_metrics as one CSV file.
 * All I/O is here; the figures come from the pure transforms of the feature packages.
 */
public final class NightlyMetricsJob {

    private final SparkSession spark;
    private final JobArgs args;
    private final MetricsConfig config;
    private final LocalDate day;
    private final String date;
    private final Progress progress;
    private final List<Dataset<Row>> cached = new ArrayList<>();

    private NightlyMetricsJob(SparkSession spark, JobArgs args, MetricsConfig config, long started) {
        this.spark = spark;
        this.args = args;
        this.config = config;
        this.day = args.businessDate();
        this.date = args.businessDateText();
        this.progress = new Progress(date, started);
    }

    public static void main(String[] args) {
        boolean plainJvm = System.getProperty("spark.master") == null;
        if (plainJvm && System.getProperty("log4j2.configurationFile") == null
                && System.getProperty("log4j.configurationFile") == null) {
            System.setProperty("log4j2.configurationFile",
                    "classpath:org/wealthcrm/analytics/log4j2-local.properties");
        }
        int exitCode = 1;
        try {
            exitCode = run(args);
        } catch (Throwable fatal) { // e.g. OutOfMemoryError: still exit, Spark threads would keep the JVM up
            System.err.println("[analytics] ERROR fatal: " + fatal);
            fatal.printStackTrace();
        }
        System.exit(exitCode);
    }

    /** @return 0 on success, 2 on bad arguments or configuration, 1 when the run failed */
    public static int run(String[] commandLine) {
        long started = System.nanoTime();
        JobArgs args;
        MetricsConfig config;
        try {
            args = JobArgs.parse(commandLine);
            config = MetricsConfig.load(args.config());
        } catch (IllegalArgumentException | IOException e) {
            System.err.println("[analytics] ERROR " + e.getMessage());
            return 2;
        }
        boolean joinsExistingSession = SparkSession.getDefaultSession().isDefined();
        SparkSession spark = null;
        try {
            spark = Sessions.create(args, config);
            NightlyMetricsJob job = new NightlyMetricsJob(spark, args, config, started);
            try {
                job.execute();
            } finally {
                job.cached.forEach(Dataset::unpersist);
            }
            return 0;
        } catch (MissingInputException e) {
            System.err.println("[analytics] ERROR " + args.businessDateText() + " failed: " + e.getMessage());
            return 1;
        } catch (Exception e) {
            System.err.println("[analytics] ERROR " + args.businessDateText() + " failed: " + e.getMessage());
            e.printStackTrace();
            return 1;
        } finally {
            if (spark != null && !joinsExistingSession) {
                spark.stop();
            }
        }
    }

    private void execute() throws IOException {
        StagedFiles staged = new StagedFiles(spark, args.staged(), date);
        staged.requireAll();
        HistoryStore history = new HistoryStore(spark, args.history());

        Dataset<Row> positions = positions(staged, refreshNav(staged, history));
        Dataset<Row> aum = cache(Aum.aumByCustomer(positions));
        writeCustomerDay(staged, history, aum, positions);
        Dataset<Row> aumAvg30 = aumAvg30(history);
        Dataset<Row> activity90 = activity90(history);

        Dataset<Row> active = cache(CustomerMetrics.filterActiveCustomers(staged.read("cbs_customer")));
        Dataset<Row> churn = ChurnScoring.scores(spark, args, config, history, active);
        Dataset<Row> rows = cache(exportRows(active, aum, aumAvg30, activity90,
                Coverage.coverage(positions), churn));
        CsvOutput.writeSingleFile(rows, args.output());
        if (args.propensityOutput() != null) {
            CsvOutput.writeSingleFile(PropensityScoring.scores(spark, args, config, history, active),
                    args.propensityOutput());
        }
        long customers = rows.count();
        progress.stage("output", customers);
        progress.done(customers);
    }

    /** Writes today's fund_nav partition from ta_nav and returns NAV(f, d) for every fund. */
    private Dataset<Row> refreshNav(StagedFiles staged, HistoryStore history) throws IOException {
        history.overwrite(FUND_NAV, day, staged.read("ta_nav"));
        Dataset<Row> navHistory = history.read(FUND_NAV, history.datesWithData(FUND_NAV, null, day));
        Dataset<Row> latestNav = cache(Nav.latestNav(navHistory, date));
        progress.stage("nav", latestNav.count());
        return latestNav;
    }

    private Dataset<Row> positions(StagedFiles staged, Dataset<Row> latestNav) {
        Dataset<Row> positions = cache(Positions.positions(staged.read("cbs_balance"),
                staged.read("cbs_account"), staged.read("wm_holding"), staged.read("ta_share"),
                staged.read("ta_fund"), latestNav));
        progress.stage("positions", positions.count());
        warnAboutFundsWithoutNav(staged.read("ta_share"), latestNav);
        return positions;
    }

    /** Today's customer_day partition: unrounded AUM and the day's activity count per customer. */
    private void writeCustomerDay(StagedFiles staged, HistoryStore history, Dataset<Row> aum,
            Dataset<Row> positions) throws IOException {
        Dataset<Row> customerDay = cache(CustomerDay.withPurchaseInputs(CustomerDay.withChurnInputs(
                CustomerDay.customerDay(aum, Activity.dailyActivity(staged.read("cbs_txn"), staged.read("ta_confirm"))),
                DailyInputs.dailyOutflows(staged.read("cbs_txn")), DailyInputs.categoryMask(positions),
                DailyInputs.tdMaturing30(staged.read("cbs_balance"), staged.read("cbs_account"), date),
                staged.read("cbs_customer"), DailyInputs.lastContact(staged.readOptional("crm_contact"))),
                purchases(staged, history), PurchaseInputs.idleCash(positions)));
        history.overwrite(CUSTOMER_DAY, day, customerDay);
        history.overwrite(WM_HOLDING, day, PurchaseInputs.wealthShares(staged.read("wm_holding")));
        progress.stage("customer_day", customerDay.count());
    }

    /** Today's purchases; WEALTH ones against the wealth holdings of the latest earlier day in history. */
    private Dataset<Row> purchases(StagedFiles staged, HistoryStore history) throws IOException {
        List<LocalDate> before = history.datesWithData(WM_HOLDING, null, day.minusDays(1));
        Dataset<Row> holdingsBefore = before.isEmpty() ? null
                : cache(history.read(WM_HOLDING, List.of(before.get(before.size() - 1))));
        return cache(PurchaseInputs.purchaseMask(staged.read("ta_confirm"),
                PurchaseInputs.wealthShares(staged.read("wm_holding")), holdingsBefore));
    }

    private Dataset<Row> aumAvg30(HistoryStore history) throws IOException {
        List<LocalDate> days = history.datesWithData(CUSTOMER_DAY, day.minusDays(29), day);
        Dataset<Row> aumAvg30 = cache(Aum.aumAvg30(history.read(CUSTOMER_DAY, days), days.size()));
        progress.stage("aum_avg_30 days=" + days.size(), aumAvg30.count());
        return aumAvg30;
    }

    private Dataset<Row> activity90(HistoryStore history) throws IOException {
        List<LocalDate> days = history.datesWithData(CUSTOMER_DAY, day.minusDays(89), day);
        Dataset<Row> activity90 = cache(Activity.activityOverWindow(history.read(CUSTOMER_DAY, days)));
        progress.stage("activity_90 days=" + days.size(), activity90.count());
        return activity90;
    }

    private Dataset<Row> exportRows(Dataset<Row> customers, Dataset<Row> aum, Dataset<Row> aumAvg30,
            Dataset<Row> activity90, Dataset<Row> coverage, Dataset<Row> churn) {
        Dataset<Row> rounded = CustomerMetrics.withChurnScores(CustomerMetrics.withRoundedMoney(
                CustomerMetrics.assemble(customers, aum, aumAvg30, activity90, coverage)), churn);
        Dataset<Row> labelled = Activity.withActivityLevel(
                Tier.withAssetInterval(Tier.withTier(rounded, config.tiers()), config.assetIntervals()),
                config.activityLevels());
        return CustomerMetrics.toExportRows(labelled, date);
    }

    /** Caches for this run only: history paths are re-read by later runs and must not hit stale data. */
    private Dataset<Row> cache(Dataset<Row> rows) {
        cached.add(rows);
        return rows.cache();
    }

    private void warnAboutFundsWithoutNav(Dataset<Row> shares, Dataset<Row> latestNav) {
        List<String> funds = shares.join(latestNav, new String[] {"fund_code"}, "left_anti")
                .select("fund_code").distinct().orderBy("fund_code").as(Encoders.STRING())
                .collectAsList();
        if (!funds.isEmpty()) {
            System.err.println("[analytics] WARN " + date + " no nav on or before the date for fund(s) "
                    + String.join(",", funds) + "; their shares are left out of AUM");
        }
    }
}
