package org.wealthcrm.analytics.metrics;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.math.BigDecimal;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.wealthcrm.analytics.aum.Aum;

/** The row kept in history per customer and day: unrounded AUM and the day's activity count. */
public final class CustomerDay {

    private CustomerDay() {
    }

    /** @return cust_id, aum (decimal(30,6)), activity_count (long) for customers with either */
    public static Dataset<Row> customerDay(Dataset<Row> aum, Dataset<Row> dailyActivity) {
        return aum.join(dailyActivity, new String[] {"cust_id"}, "full_outer")
                .select(col("cust_id"),
                        coalesce(col("aum"), lit(BigDecimal.ZERO)).cast(Aum.AUM_TYPE).as("aum"),
                        coalesce(col("activity_count"), lit(0L)).as("activity_count"));
    }
}
