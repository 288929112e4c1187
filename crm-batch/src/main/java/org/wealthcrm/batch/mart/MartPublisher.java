package org.wealthcrm.batch.mart;

import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.wealthcrm.batch.analytics.AnalyticsLauncher;
import org.wealthcrm.batch.progress.WorkProgress;
import org.wealthcrm.contract.metrics.MetricsColumns;

/**
 * Publishes the analytics' figures for a business date into the {@code customer_metrics} mart, adding each
 * customer's home branch and main manager as of the date. The date's old rows are replaced in the same
 * transaction, so readers see either the old figures or the new ones, never a mix. The propensity scores written
 * beside the metrics file go into {@code customer_propensity} in the same transaction.
 */
@Component
public class MartPublisher {

    static final String HEADER = MetricsColumns.header(MetricsColumns.ANALYTICS_BASE);
    static final String HEADER_WITH_CHURN = MetricsColumns.header(MetricsColumns.ANALYTICS);
    private static final String INSERT = "insert into customer_metrics (biz_date, cust_id, branch_code, aum,"
            + " aum_avg_30, tier, asset_interval, activity_level, coverage, categories, main_rm, churn_score,"
            + " churn_reasons) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private final JdbcTemplate jdbc;
    private final PropensityPublisher propensity;

    MartPublisher(JdbcTemplate jdbc, PropensityPublisher propensity) {
        this.jdbc = jdbc;
        this.propensity = propensity;
    }

    @Transactional
    public int publish(LocalDate businessDate, Path analyticsCsv) throws IOException {
        return publish(businessDate, analyticsCsv, WorkProgress.nowhere());
    }

    /** As {@link #publish(LocalDate, Path)}, reporting rows published, rate and ETA to {@code sink}. */
    @Transactional
    public int publish(LocalDate businessDate, Path analyticsCsv, Consumer<String> sink) throws IOException {
        Map<String, String> branches = pairs("select cust_id, branch_code from customer");
        Map<String, String> mainManagers = pairs("select cust_id, staff_id from customer_manager where rel_type = 'M'");
        jdbc.update("delete from customer_metrics where biz_date = ?", businessDate);
        WorkProgress progress = new WorkProgress("publish_mart", branches.size(), sink);
        int published = 0;
        try (BufferedReader in = Files.newBufferedReader(analyticsCsv, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (!HEADER.equals(header) && !HEADER_WITH_CHURN.equals(header)) {
                throw new IllegalStateException(analyticsCsv + ": unexpected header " + header);
            }
            List<Object[]> batch = new ArrayList<>();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split(",", -1);
                batch.add(new Object[] {businessDate, f[0], branches.get(f[0]), new BigDecimal(f[2]),
                        new BigDecimal(f[3]), f[4], f[5], f[6], Integer.parseInt(f[7]), f[8].isEmpty() ? null : f[8],
                        mainManagers.get(f[0]), optional(f, 9, BigDecimal::new), optional(f, 10, v -> v)});
                if (batch.size() == 5000) {
                    published += flush(batch, progress);
                }
            }
            published += flush(batch, progress);
        }
        progress.finish();
        propensity.publish(businessDate, AnalyticsLauncher.propensityBeside(analyticsCsv));
        return published;
    }

    private static <T> T optional(String[] fields, int index, java.util.function.Function<String, T> parse) {
        return fields.length > index && !fields[index].isEmpty() ? parse.apply(fields[index]) : null;
    }

    private int flush(List<Object[]> batch, WorkProgress progress) {
        int size = batch.size();
        if (size > 0) {
            jdbc.batchUpdate(INSERT, batch);
            batch.clear();
            progress.add(size);
        }
        return size;
    }

    private Map<String, String> pairs(String sql) {
        Map<String, String> pairs = new HashMap<>();
        jdbc.query(sql, rs -> {
            pairs.put(rs.getString(1), rs.getString(2));
        });
        return pairs;
    }
}
