package org.wealthcrm.analytics.aum;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;

/**
 * What each customer holds on the business date, as (cust_id, category, value) with one row per
 * customer and category. Categories: DD, TD, WM, FMM, FBD, FEQ. Values are exact decimals
 * (shares x nav keeps its 6 decimals); loans and credit cards are not positions.
 */
public final class Positions {

    public static final List<String> CATEGORIES = List.of("DD", "TD", "WM", "FMM", "FBD", "FEQ");
    public static final DecimalType VALUE_TYPE = DataTypes.createDecimalType(30, 6);

    private Positions() {
    }

    /** Sums the deposit, wealth product and fund positions per customer and category. */
    public static Dataset<Row> positions(Dataset<Row> balances, Dataset<Row> accounts,
            Dataset<Row> holdings, Dataset<Row> shares, Dataset<Row> funds, Dataset<Row> latestNav) {
        return deposits(balances, accounts)
                .unionByName(wealthProducts(holdings))
                .unionByName(fundShares(shares, funds, latestNav))
                .groupBy("cust_id", "category")
                .agg(sum("value").cast(VALUE_TYPE).as("value"));
    }

    static Dataset<Row> deposits(Dataset<Row> balances, Dataset<Row> accounts) {
        return balances.select("acct_no", "balance_cny")
                .join(accounts.select("acct_no", "cust_id", "acct_type"), "acct_no")
                .where(col("acct_type").isin("DD", "TD"))
                .select(col("cust_id"), col("acct_type").as("category"),
                        col("balance_cny").cast(VALUE_TYPE).as("value"));
    }

    static Dataset<Row> wealthProducts(Dataset<Row> holdings) {
        return holdings.select(col("cust_id"), lit("WM").as("category"),
                col("market_value_cny").cast(VALUE_TYPE).as("value"));
    }

    /** Funds without any nav on or before the date have no value and are left out (the job warns). */
    static Dataset<Row> fundShares(Dataset<Row> shares, Dataset<Row> funds, Dataset<Row> latestNav) {
        return shares.select("cust_id", "fund_code", "shares")
                .join(funds.select("fund_code", "fund_type"), "fund_code")
                .join(latestNav.select("fund_code", "nav"), "fund_code")
                .select(col("cust_id"), fundCategory(col("fund_type")).as("category"),
                        col("shares").multiply(col("nav")).cast(VALUE_TYPE).as("value"));
    }

    private static Column fundCategory(Column fundType) {
        return when(fundType.equalTo("MM"), "FMM")
                .when(fundType.equalTo("BD"), "FBD")
                .when(fundType.isin("EQ", "HY", "QD", "FF"), "FEQ");
    }
}
