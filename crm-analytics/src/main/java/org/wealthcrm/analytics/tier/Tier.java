package org.wealthcrm.analytics.tier;

import static org.apache.spark.sql.functions.col;

import java.math.BigDecimal;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.wealthcrm.analytics.common.Bands;

/** Customer tier by aum_avg_30 and asset interval by aum; both on the values as written. */
public final class Tier {

    private Tier() {
    }

    /** Adds tier (VIP1..VIP4, else MASS) from aum_avg_30. */
    public static Dataset<Row> withTier(Dataset<Row> customers, Map<String, BigDecimal> tiers) {
        return customers.withColumn("tier", Bands.label(col("aum_avg_30"), tiers, "MASS"));
    }

    /** Adds asset_interval (A02..A11 by lower bound, else A01) from aum. */
    public static Dataset<Row> withAssetInterval(Dataset<Row> customers, Map<String, BigDecimal> bounds) {
        return customers.withColumn("asset_interval", Bands.label(col("aum"), bounds, "A01"));
    }
}
