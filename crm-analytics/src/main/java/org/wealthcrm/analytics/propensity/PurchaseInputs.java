package org.wealthcrm.analytics.propensity;

import static org.apache.spark.sql.functions.bit_or;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.wealthcrm.analytics.churn.DailyInputs;

/**
 * The per-day inputs of the propensity features and labels that the nightly job adds to customer_day:
 * what each customer bought that day (purchase_mask) and the idle cash on demand deposit (dd_cny).
 */
public final class PurchaseInputs {

    /**
     * Fund purchases by the customer's own decision: 120 subscription, 122 purchase. 139 (regular purchase)
     * is left out: it is a standing plan the bank already sold, not a purchase a target list can win.
     */
    public static final List<String> FUND_PURCHASE_CODES = List.of("120", "122");

    private PurchaseInputs() {
    }

    /**
     * @param confirms     the day's ta_confirm rows
     * @param holdings     the day's wm_holding rows (cust_id, prod_code, shares)
     * @param holdingsBefore wm_holding of the previous day with data; null when there is none (then no
     *                     WEALTH purchase can be told from an old holding and none is recorded)
     * @return cust_id, purchase_mask: FUND bit for a 120/122 confirmation, WEALTH bit for a product whose
     *         shares are new or higher than the day before; customers without a purchase left out
     */
    public static Dataset<Row> purchaseMask(Dataset<Row> confirms, Dataset<Row> holdings, Dataset<Row> holdingsBefore) {
        Dataset<Row> funds = confirms.where(col("biz_code").isin(FUND_PURCHASE_CODES.toArray()))
                .select(col("cust_id"), lit(PropensityCategory.FUND.purchaseBit).as("bit"));
        Dataset<Row> bought = funds;
        if (holdingsBefore != null) {
            bought = bought.unionByName(newWealthHoldings(holdings, holdingsBefore)
                    .select(col("cust_id"), lit(PropensityCategory.WEALTH.purchaseBit).as("bit")));
        }
        return bought.groupBy("cust_id").agg(bit_or(col("bit")).as("purchase_mask"));
    }

    /** @return cust_id, prod_code of the holdings whose shares rose since the day before (new ones from 0) */
    static Dataset<Row> newWealthHoldings(Dataset<Row> holdings, Dataset<Row> holdingsBefore) {
        Dataset<Row> before = holdingsBefore.groupBy("cust_id", "prod_code")
                .agg(sum(col("shares").cast("decimal(20,2)")).as("shares_before"));
        return holdings.groupBy("cust_id", "prod_code")
                .agg(sum(col("shares").cast("decimal(20,2)")).as("shares"))
                .join(before, new String[] {"cust_id", "prod_code"}, "left")
                .where(col("shares").gt(coalesce(col("shares_before"), lit(0))))
                .select("cust_id", "prod_code");
    }

    /** @return cust_id, dd_cny: the demand-deposit position (idle cash) of the day's positions */
    public static Dataset<Row> idleCash(Dataset<Row> positions) {
        return positions.where(col("category").equalTo("DD"))
                .groupBy("cust_id").agg(sum("value").cast(DailyInputs.AMOUNT).as("dd_cny"));
    }

    /** @return cust_id, prod_code, shares of the day's wm_holding, as kept in history */
    public static Dataset<Row> wealthShares(Dataset<Row> holdings) {
        return holdings.select(col("cust_id"), col("prod_code"),
                col("shares").cast(DataTypes.createDecimalType(20, 2)).as("shares"));
    }
}
