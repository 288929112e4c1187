package org.wealthcrm.analytics.churn;

import static org.apache.spark.sql.functions.bit_count;
import static org.apache.spark.sql.functions.bit_or;
import static org.apache.spark.sql.functions.bitwise_not;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.months_between;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.try_divide;
import static org.apache.spark.sql.functions.unix_date;
import static org.apache.spark.sql.functions.when;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.wealthcrm.analytics.tier.Tier;

/**
 * Churn features of (customer, day) from the customer_day history. Windows are calendar days
 * ending on d; a sum over a window is divided by the number of days with data in it, so a day with
 * data but no row for the customer counts 0 and a day without data is left out (as AUM_AVG_30).
 * "AUM 30 (90) days ago" is the mean over the week d-36 … d-30 (d-96 … d-90), robust to gaps.
 */
public final class ChurnFeatures {

    /** Days of history before d that the features read. */
    public static final int LOOKBACK_DAYS = 96;
    public static final List<String> NUMERIC = List.of("aum", "aum_avg_30", "aum_change_30_pct",
            "aum_change_90_pct", "interbank_out_share_30", "interbank_out_share_change", "activity_30",
            "activity_change", "coverage", "categories_dropped_90", "td_maturing_30d", "td_maturing_share",
            "days_since_contact", "tenure_days", "age");
    public static final List<String> CATEGORICAL = List.of("tier");

    private ChurnFeatures() {
    }

    /** @return biz_date, day_no, n_30 / n_back_30 / n_back_90: days with data in each window */
    public static Dataset<Row> calendar(Dataset<Row> datesWithData) {
        WindowSpec all = Window.orderBy("day_no");
        return datesWithData.select(col("biz_date"), dayNumber().as("day_no"))
                .withColumn("n_30", count(lit(1)).over(all.rangeBetween(-29, 0)))
                .withColumn("n_back_30", count(lit(1)).over(all.rangeBetween(-36, -30)))
                .withColumn("n_back_90", count(lit(1)).over(all.rangeBetween(-96, -90)));
    }

    /**
     * @param history  customer_day rows with biz_date (text) covering d-96 … d for every d wanted
     * @param calendar {@link #calendar} of the same days
     * @return cust_id, biz_date, day_no and the feature columns (doubles, never null) plus tier
     */
    public static Dataset<Row> features(Dataset<Row> history, Dataset<Row> calendar, Map<String, BigDecimal> tiers) {
        WindowSpec byCustomer = Window.partitionBy("cust_id").orderBy("day_no");
        Dataset<Row> windows = history.withColumn("day_no", dayNumber())
                .join(calendar.drop("day_no"), "biz_date")
                .select(col("cust_id"), col("biz_date"), col("day_no"), col("n_30"), col("n_back_30"),
                        col("n_back_90"), num("aum").as("aum"), num("td_maturing_30d").as("td_maturing_30d"),
                        coalesce(col("category_mask"), lit(0)).as("mask"),
                        to_date(col("biz_date"), "yyyyMMdd").as("day"),
                        col("open_date"), col("birth_date"), col("last_contact_date"),
                        over(num("aum"), byCustomer, 29, 0).as("aum_sum_30"),
                        over(num("aum"), byCustomer, 36, 30).as("aum_sum_back_30"),
                        over(num("aum"), byCustomer, 96, 90).as("aum_sum_back_90"),
                        over(num("interbank_out_cny"), byCustomer, 29, 0).as("ib_30"),
                        over(num("total_out_cny"), byCustomer, 29, 0).as("out_30"),
                        over(num("interbank_out_cny"), byCustomer, 59, 30).as("ib_prev_30"),
                        over(num("total_out_cny"), byCustomer, 59, 30).as("out_prev_30"),
                        over(num("activity_count"), byCustomer, 29, 0).as("activity_30"),
                        over(num("activity_count"), byCustomer, 89, 30).as("activity_prev_60"),
                        coalesce(bit_or(coalesce(col("category_mask"), lit(0)))
                                .over(byCustomer.rangeBetween(-96, -90)), lit(0)).as("mask_back_90"));
        return Tier.withTier(derived(windows), tiers);
    }

    private static Dataset<Row> derived(Dataset<Row> w) {
        Column avg30 = col("aum_sum_30").divide(col("n_30"));
        Column back30 = try_divide(col("aum_sum_back_30"), col("n_back_30")); // null: no day with data
        Column back90 = try_divide(col("aum_sum_back_90"), col("n_back_90"));
        Column share30 = ratio(col("ib_30"), col("out_30"));
        return w.select(col("cust_id"), col("biz_date"), col("day_no"), col("aum"),
                avg30.as("aum_avg_30"),
                changePct(col("aum"), back30).as("aum_change_30_pct"),
                changePct(col("aum"), back90).as("aum_change_90_pct"),
                share30.as("interbank_out_share_30"),
                share30.minus(ratio(col("ib_prev_30"), col("out_prev_30"))).as("interbank_out_share_change"),
                col("activity_30"),
                col("activity_30").minus(col("activity_prev_60").divide(2)).as("activity_change"),
                bit_count(col("mask")).cast("double").as("coverage"),
                bit_count(col("mask_back_90").bitwiseAND(bitwise_not(col("mask")))).cast("double")
                        .as("categories_dropped_90"),
                col("td_maturing_30d"), ratio(col("td_maturing_30d"), col("aum")).as("td_maturing_share"),
                coalesce(datediff(col("day"), col("last_contact_date")).cast("double"), lit(-1.0))
                        .as("days_since_contact"),
                coalesce(datediff(col("day"), col("open_date")).cast("double"), lit(0.0)).as("tenure_days"),
                coalesce(floor(months_between(col("day"), col("birth_date")).divide(12)).cast("double"),
                        lit(0.0)).as("age"));
    }

    /** Percentage change from {@code before} to {@code now}; 0 when there is no earlier AUM. */
    private static Column changePct(Column now, Column before) {
        return coalesce(when(before.gt(0), try_divide(now.minus(before), before).multiply(100)), lit(0.0));
    }

    private static Column ratio(Column part, Column whole) {
        return coalesce(when(whole.gt(0), try_divide(part, whole)), lit(0.0));
    }

    private static Column over(Column value, WindowSpec byCustomer, int from, int to) {
        return coalesce(sum(value).over(byCustomer.rangeBetween(-from, -to)), lit(0.0));
    }

    private static Column num(String column) {
        return coalesce(col(column).cast("double"), lit(0.0));
    }

    public static Column dayNumber() {
        return unix_date(to_date(col("biz_date"), "yyyyMMdd"));
    }
}
