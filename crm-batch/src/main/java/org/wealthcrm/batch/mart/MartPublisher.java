package org.wealthcrm.batch.mart;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.wealthcrm.batch.analytics.AnalyticsLauncher;
import org.wealthcrm.batch.progress.WorkProgress;
import org.wealthcrm.contract.metrics.MetricsColumns;

/**
 * Publishes the analytics' figures for a business date into the {@code customer_metrics} mart, adding each
 * customer's home branch and main manager as of the date, by one set-based statement from the staged file. The date's old rows are replaced in the same
 * transaction, so readers see either the old figures or the new ones, never a mix. The propensity scores written
 * beside the metrics file go into {@code customer_propensity} in the same transaction.
 */
@Component
public class MartPublisher {

    static final String HEADER = MetricsColumns.header(MetricsColumns.ANALYTICS_BASE);
    static final String HEADER_WITH_CHURN = MetricsColumns.header(MetricsColumns.ANALYTICS);
    /** Left joins: a staged customer the customer table does not know fails on branch_code, it is never dropped. */
    private static final String PUBLISH = "insert into customer_metrics (biz_date, cust_id, branch_code, aum,"
            + " aum_avg_30, tier, asset_interval, activity_level, coverage, categories, main_rm, churn_score,"
            + " churn_reasons) select ?, s.cust_id, c.branch_code, s.aum, s.aum_avg_30, s.tier, s.asset_interval,"
            + " s.activity_level, s.coverage, s.categories, m.staff_id, s.churn_score, s.churn_reasons"
            + " from " + MartStage.TABLE + " s left join customer c on c.cust_id = s.cust_id"
            + " left join customer_manager m on m.cust_id = s.cust_id and m.rel_type = 'M'";
    private final JdbcTemplate jdbc;
    private final MartStage stage;
    private final PropensityPublisher propensity;

    MartPublisher(JdbcTemplate jdbc, MartStage stage, PropensityPublisher propensity) {
        this.jdbc = jdbc;
        this.stage = stage;
        this.propensity = propensity;
    }

    /**
     * Publishes the date, reporting rows staged, rate and ETA to {@code sink}. The file goes to
     * the staging table ({@link MartStage}); one insert-select then publishes it with each customer's branch and
     * main manager.
     */
    @Transactional
    public int publish(LocalDate businessDate, Path analyticsCsv, Consumer<String> sink) throws IOException {
        List<String> columns = columns(analyticsCsv);
        // the analytics publish the active and frozen customers (CustomerMetrics.filterActiveCustomers)
        Long expected = jdbc.queryForObject("select count(*) from customer where status in ('A', 'F')", Long.class);
        WorkProgress progress = new WorkProgress("publish_mart", expected, sink);
        long staged = stage.stage(analyticsCsv, columns, progress);
        progress.finish();
        jdbc.update("delete from customer_metrics where biz_date = ?", businessDate);
        int published = jdbc.update(PUBLISH, businessDate);
        if (published != staged) {
            throw new IllegalStateException(analyticsCsv + ": " + staged + " rows staged but " + published
                    + " published");
        }
        propensity.publish(businessDate, AnalyticsLauncher.propensityBeside(analyticsCsv));
        return published;
    }

    private static List<String> columns(Path analyticsCsv) throws IOException {
        String header;
        try (BufferedReader in = Files.newBufferedReader(analyticsCsv, StandardCharsets.UTF_8)) {
            header = in.readLine();
        }
        if (HEADER_WITH_CHURN.equals(header)) {
            return MetricsColumns.ANALYTICS;
        }
        if (HEADER.equals(header)) {
            return MetricsColumns.ANALYTICS_BASE;
        }
        throw new IllegalStateException(analyticsCsv + ": unexpected header " + header);
    }

}
