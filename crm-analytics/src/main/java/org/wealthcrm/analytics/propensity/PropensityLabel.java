package org.wealthcrm.analytics.propensity;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.wealthcrm.analytics.churn.ChurnFeatures;

/**
 * Propensity label: (c, d) is an example when c has a customer_day row on d, and bought (1) when c bought
 * the category on any day of d+1 … d+horizon. Only days d whose d + horizon has data can be labelled
 * (a purchase always leaves a customer_day row: it is activity or a holding).
 */
public final class PropensityLabel {

    /** The default of propensity.horizon-days. */
    public static final int HORIZON_DAYS = 30;

    private PropensityLabel() {
    }

    /**
     * @param features      feature rows (cust_id, biz_date …) of every customer_day row
     * @param history       customer_day rows (cust_id, biz_date, purchase_mask) of d … d + horizon
     * @param labelledDates biz_date of the days d whose d + horizon is a day with data
     * @return the rows of the labelled days with bought (0/1 int)
     */
    public static Dataset<Row> withLabel(Dataset<Row> features, Dataset<Row> history, List<String> labelledDates,
            PropensityCategory category, int horizonDays) {
        Dataset<Row> ahead = history.withColumn("day_no", ChurnFeatures.dayNumber())
                .select(col("cust_id"), col("biz_date"), max(PropensityFeatures.bought(category))
                        .over(Window.partitionBy("cust_id").orderBy("day_no").rangeBetween(1, horizonDays))
                        .as("bought_ahead"));
        return features.where(col("biz_date").isin(labelledDates.toArray()))
                .join(ahead, new String[] {"cust_id", "biz_date"}, "left")
                .withColumn("bought", when(coalesce(col("bought_ahead"), lit(0)).equalTo(1), 1).otherwise(0))
                .drop("bought_ahead");
    }
}
