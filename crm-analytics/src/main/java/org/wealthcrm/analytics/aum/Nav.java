package org.wealthcrm.analytics.aum;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max_by;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** NAV(f, d): a fund's latest published nav on or before the business date. */
public final class Nav {

    private Nav() {
    }

    /**
     * @param navHistory   fund_code, nav, nav_date (text YYYYMMDD)
     * @param businessDate YYYYMMDD
     * @return fund_code, nav
     */
    public static Dataset<Row> latestNav(Dataset<Row> navHistory, String businessDate) {
        return navHistory.where(col("nav_date").leq(businessDate))
                .groupBy("fund_code")
                .agg(max_by(col("nav"), col("nav_date")).as("nav"));
    }
}
