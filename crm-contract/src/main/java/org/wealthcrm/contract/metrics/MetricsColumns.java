package org.wealthcrm.contract.metrics;

import java.util.List;

/**
 * The columns of the customer metrics files, declared once: the analytics output the night publishes from, and the
 * customer metrics export of METRICS.md that the bank receives.
 */
public final class MetricsColumns {

    /** The analytics output ({@code metrics_<YYYYMMDD>.csv}) without a churn model. */
    public static final List<String> ANALYTICS_BASE = List.of("cust_id", "biz_date", "aum", "aum_avg_30", "tier",
            "asset_interval", "activity_level", "coverage", "categories");

    /** The analytics output with the churn model's score and reasons, as the nightly job writes it. */
    public static final List<String> ANALYTICS = concat(ANALYTICS_BASE, List.of("churn_score", "churn_reasons"));

    /** The customer metrics export of METRICS.md ({@code customer_metrics_<YYYYMMDD>.csv}), in this order. */
    public static final List<String> EXPORT = concat(ANALYTICS_BASE, List.of("main_rm", "churn_score"));

    private MetricsColumns() {
    }

    /** The header line of a file with these columns. */
    public static String header(List<String> columns) {
        return String.join(",", columns);
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }
}
