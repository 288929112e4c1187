package org.wealthcrm.analytics.aum;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import java.math.BigDecimal;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;

/** AUM(c, d) and AUM_AVG_30(c, d), unrounded. */
public final class Aum {

    /** Full precision AUM as stored in the customer_day history. */
    public static final DecimalType AUM_TYPE = DataTypes.createDecimalType(30, 6);
    /** Room for the sum of 30 days of AUM_TYPE. */
    private static final DecimalType WINDOW_SUM_TYPE = DataTypes.createDecimalType(32, 6);

    private Aum() {
    }

    /** @return cust_id, aum for every customer with at least one position */
    public static Dataset<Row> aumByCustomer(Dataset<Row> positions) {
        return positions.groupBy("cust_id").agg(sum("value").cast(AUM_TYPE).as("aum"));
    }

    /**
     * Mean of the daily AUM over the days that have data: the sum of a customer's rows divided by
     * the number of days with data, so a day with data but no row for the customer counts as 0.
     * Spark gives decimal(32,6) / decimal(p,0) at least 6 + p + 1 decimals, rounded half-up; since
     * the sum has 6 decimals and there are at most 99 days, an inexact quotient is at least
     * 1e-6 / 99 away from any 2-decimal rounding tie, so rounding it later is exact.
     *
     * @param history      customer_day rows (cust_id, aum) of the days in the window
     * @param daysWithData number of days in the window with a customer_day partition
     * @return cust_id, aum_avg_30
     */
    public static Dataset<Row> aumAvg30(Dataset<Row> history, long daysWithData) {
        if (daysWithData < 1 || daysWithData > 99) {
            throw new IllegalArgumentException("days with data must be 1..99, got " + daysWithData);
        }
        return history.groupBy("cust_id")
                .agg(sum("aum").cast(WINDOW_SUM_TYPE).as("window_sum"))
                .select(col("cust_id"),
                        col("window_sum").divide(lit(new BigDecimal(daysWithData))).as("aum_avg_30"));
    }
}
