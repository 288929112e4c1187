package org.wealthcrm.analytics.activity;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sum;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.wealthcrm.analytics.common.Bands;

/** Activity N(c, d): customer-initiated transactions and fund confirmations over 90 days. */
public final class Activity {

    static final List<String> SYSTEM_TXN_CODES = List.of("5001", "5002");
    static final List<String> COUNTED_BIZ_CODES = List.of("120", "122", "124", "136", "139");

    private Activity() {
    }

    /** @return cust_id, activity_count (long) of one business date, customers with 0 left out */
    public static Dataset<Row> dailyActivity(Dataset<Row> txns, Dataset<Row> confirms) {
        Dataset<Row> customerTxns = txns
                .where(not(col("txn_code").isin(SYSTEM_TXN_CODES.toArray())))
                .select("cust_id");
        Dataset<Row> countedConfirms = confirms
                .where(col("biz_code").isin(COUNTED_BIZ_CODES.toArray()))
                .select("cust_id");
        return customerTxns.unionByName(countedConfirms)
                .groupBy("cust_id")
                .agg(count(lit(1)).as("activity_count"));
    }

    /** @return cust_id, activity_90 summed over the customer_day rows given (the 90-day window) */
    public static Dataset<Row> activityOverWindow(Dataset<Row> history) {
        return history.groupBy("cust_id").agg(sum("activity_count").as("activity_90"));
    }

    /** Adds activity_level (L1..L5) from activity_90. */
    public static Dataset<Row> withActivityLevel(Dataset<Row> customers, Map<String, Long> levels) {
        return customers.withColumn("activity_level", Bands.label(col("activity_90"), levels, "L5"));
    }
}
