package org.wealthcrm.analytics.metrics;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.math.BigDecimal;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.wealthcrm.analytics.aum.Aum;
import org.wealthcrm.analytics.churn.DailyInputs;

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

    /**
     * Adds the churn-feature inputs to the customer_day rows (the set of rows is unchanged): outflows,
     * held-category bitmask and TD maturing within 30 days (0 when none), and from the customer master
     * and the optional contact file open_date, birth_date, last_contact_date (null when unknown).
     */
    public static Dataset<Row> withChurnInputs(Dataset<Row> customerDay, Dataset<Row> outflows,
            Dataset<Row> categoryMask, Dataset<Row> tdMaturing, Dataset<Row> customers, Dataset<Row> lastContact) {
        String[] byCustomer = {"cust_id"};
        Dataset<Row> zero = customerDay
                .join(outflows, byCustomer, "left").join(categoryMask, byCustomer, "left")
                .join(tdMaturing, byCustomer, "left")
                .join(customers.select("cust_id", "open_date", "birth_date"), byCustomer, "left")
                .join(lastContact, byCustomer, "left");
        return zero.select(col("cust_id"), col("aum"), col("activity_count"),
                coalesce(col("interbank_out_cny"), lit(BigDecimal.ZERO)).cast(DailyInputs.AMOUNT).as("interbank_out_cny"),
                coalesce(col("total_out_cny"), lit(BigDecimal.ZERO)).cast(DailyInputs.AMOUNT).as("total_out_cny"),
                coalesce(col("category_mask"), lit(0)).as("category_mask"),
                coalesce(col("td_maturing_30d"), lit(BigDecimal.ZERO)).cast(DailyInputs.AMOUNT).as("td_maturing_30d"),
                col("open_date"), col("birth_date"), col("last_contact_date"));
    }

    /**
     * Adds the propensity inputs (the set of rows is unchanged): purchase_mask of the day's purchases and
     * dd_cny, the demand-deposit position (0 when none).
     */
    public static Dataset<Row> withPurchaseInputs(Dataset<Row> customerDay, Dataset<Row> purchaseMask,
            Dataset<Row> idleCash) {
        String[] byCustomer = {"cust_id"};
        return customerDay.join(purchaseMask, byCustomer, "left").join(idleCash, byCustomer, "left")
                .withColumn("purchase_mask", coalesce(col("purchase_mask"), lit(0)))
                .withColumn("dd_cny", coalesce(col("dd_cny"), lit(BigDecimal.ZERO)).cast(DailyInputs.AMOUNT));
    }
}
