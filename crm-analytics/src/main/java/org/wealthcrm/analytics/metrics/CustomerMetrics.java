package org.wealthcrm.analytics.metrics;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.round;

import java.math.BigDecimal;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.wealthcrm.contract.metrics.MetricsColumns;

/** Puts one customer's figures together and shapes the export rows. */
public final class CustomerMetrics {

    public static final String[] EXPORT_COLUMNS = MetricsColumns.ANALYTICS.toArray(String[]::new);
    static final DecimalType MONEY = DataTypes.createDecimalType(20, 2);

    private CustomerMetrics() {
    }

    /** @return cust_id of the customers with status A (active) or F (frozen) */
    public static Dataset<Row> filterActiveCustomers(Dataset<Row> customers) {
        return customers.where(col("status").isin("A", "F")).select("cust_id");
    }

    /** Left-joins every figure to the customers; a customer without a figure gets 0 / "". */
    public static Dataset<Row> assemble(Dataset<Row> customers, Dataset<Row> aum, Dataset<Row> aumAvg30,
            Dataset<Row> activity90, Dataset<Row> coverage) {
        String[] byCustomer = {"cust_id"};
        return customers
                .join(aum, byCustomer, "left")
                .join(aumAvg30, byCustomer, "left")
                .join(activity90, byCustomer, "left")
                .join(coverage, byCustomer, "left")
                .select(col("cust_id"),
                        coalesce(col("aum"), lit(BigDecimal.ZERO)).as("aum"),
                        coalesce(col("aum_avg_30"), lit(BigDecimal.ZERO)).as("aum_avg_30"),
                        coalesce(col("activity_90"), lit(0L)).as("activity_90"),
                        coalesce(col("coverage"), lit(0)).as("coverage"),
                        coalesce(col("categories"), lit("")).as("categories"));
    }

    /** Rounds aum and aum_avg_30 half-up to 2 decimals; tier and interval are then decided on these. */
    public static Dataset<Row> withRoundedMoney(Dataset<Row> customers) {
        return customers.withColumn("aum", money(col("aum")))
                .withColumn("aum_avg_30", money(col("aum_avg_30")));
    }

    /** @return the export columns as text, sorted by cust_id */
    public static Dataset<Row> toExportRows(Dataset<Row> customers, String businessDate) {
        return customers.select(col("cust_id"), lit(businessDate).as("biz_date"),
                        col("aum").cast(MONEY).cast("string").as("aum"),
                        col("aum_avg_30").cast(MONEY).cast("string").as("aum_avg_30"),
                        col("tier"), col("asset_interval"), col("activity_level"),
                        col("coverage").cast("string").as("coverage"), col("categories"),
                        round(col("churn_score").cast("decimal(20,10)"), 4).cast("decimal(5,4)").cast("string")
                                .as("churn_score"),
                        col("churn_reasons").cast("string").as("churn_reasons"))
                .orderBy("cust_id");
    }

    /**
     * Adds churn_score and churn_reasons from the scores (cust_id, churn_score, churn_reasons), null
     * for customers not scored; {@code scores} null (no model) leaves both null for everyone.
     */
    public static Dataset<Row> withChurnScores(Dataset<Row> customers, Dataset<Row> scores) {
        if (scores == null) {
            return customers.withColumn("churn_score", lit(null).cast("double"))
                    .withColumn("churn_reasons", lit(null).cast("string"));
        }
        return customers.join(scores.select("cust_id", "churn_score", "churn_reasons"),
                new String[] {"cust_id"}, "left");
    }

    private static Column money(Column value) {
        return round(value, 2).cast(MONEY);
    }
}
