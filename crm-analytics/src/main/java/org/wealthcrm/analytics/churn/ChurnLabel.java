package org.wealthcrm.analytics.churn;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Churn label: (c, d) is eligible when AUM_AVG_30(c, d) reaches minAumAvg30, and churned (1) when
 * AUM(c, d + horizon) is below dropRatio × AUM(c, d). A customer without a row on d + horizon (a day
 * with data) had AUM 0 then. Only days d whose d + horizon has data can be labelled.
 */
public final class ChurnLabel {

    private ChurnLabel() {
    }

    public record Settings(double minAumAvg30, int horizonDays, double dropRatio) {
        public static final Settings DEFAULTS = new Settings(50_000, 90, 0.5);
    }

    /**
     * @param features      {@link ChurnFeatures#features} rows (cust_id, biz_date, day_no, aum, aum_avg_30 …)
     * @param history       customer_day rows (cust_id, biz_date, aum) of the horizon days
     * @param labelledDates biz_date of the days d whose d + horizon is a day with data
     * @return the eligible rows of the labelled days with churned (0/1 int)
     */
    public static Dataset<Row> withLabel(Dataset<Row> features, Dataset<Row> history, List<String> labelledDates,
            Settings settings) {
        Dataset<Row> later = history.select(col("cust_id"),
                ChurnFeatures.dayNumber().minus(settings.horizonDays()).as("day_no"),
                col("aum").cast("double").as("aum_later"));
        return features
                .where(col("biz_date").isin(labelledDates.toArray())
                        .and(col("aum_avg_30").geq(settings.minAumAvg30())))
                .join(later, new String[] {"cust_id", "day_no"}, "left")
                .withColumn("churned", when(coalesce(col("aum_later"), lit(0.0))
                        .lt(col("aum").multiply(settings.dropRatio())), 1).otherwise(0))
                .drop("aum_later");
    }
}
