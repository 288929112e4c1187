package org.wealthcrm.analytics.propensity;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.wealthcrm.analytics.churn.ChurnFeatures;

/**
 * Propensity features of (customer, day): the churn features (AUM, tier, activity, maturities …) plus
 * what matters for buying one category: holds it now, past purchases of it, idle cash on demand deposit.
 */
public final class PropensityFeatures {

    public static final List<String> CATEGORY_NUMERIC = List.of("holds_category", "purchases_30",
            "purchases_90", "idle_cash", "idle_cash_share");
    public static final List<String> NUMERIC = numeric();

    private PropensityFeatures() {
    }

    /**
     * @param features {@link ChurnFeatures#features} rows of the same days
     * @param history  customer_day rows (cust_id, biz_date, aum, category_mask, purchase_mask, dd_cny)
     * @return the feature rows with the category columns added (doubles, never null)
     */
    public static Dataset<Row> withCategoryFeatures(Dataset<Row> features, Dataset<Row> history,
            PropensityCategory category) {
        WindowSpec byCustomer = Window.partitionBy("cust_id").orderBy("day_no");
        Column bought = bought(category);
        Column idle = coalesce(col("dd_cny").cast("double"), lit(0.0));
        Column aum = coalesce(col("aum").cast("double"), lit(0.0));
        Dataset<Row> extra = history.withColumn("day_no", ChurnFeatures.dayNumber())
                .select(col("cust_id"), col("biz_date"),
                        when(coalesce(col("category_mask"), lit(0)).bitwiseAND(category.heldMask).notEqual(0), 1.0)
                                .otherwise(0.0).as("holds_category"),
                        sum(bought).over(byCustomer.rangeBetween(-29, 0)).cast("double").as("purchases_30"),
                        sum(bought).over(byCustomer.rangeBetween(-89, 0)).cast("double").as("purchases_90"),
                        idle.as("idle_cash"),
                        when(aum.gt(0), idle.divide(aum)).otherwise(0.0).as("idle_cash_share"));
        return features.join(extra, new String[] {"cust_id", "biz_date"}, "left")
                .na().fill(0.0, CATEGORY_NUMERIC.toArray(String[]::new));
    }

    /** 1 on a day the customer bought the category, else 0. */
    static Column bought(PropensityCategory category) {
        return when(coalesce(col("purchase_mask"), lit(0)).bitwiseAND(category.purchaseBit).notEqual(0), 1)
                .otherwise(0);
    }

    private static List<String> numeric() {
        List<String> all = new ArrayList<>(ChurnFeatures.NUMERIC);
        all.addAll(CATEGORY_NUMERIC);
        return List.copyOf(all);
    }
}
