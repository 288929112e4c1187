package org.wealthcrm.analytics.tier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wealthcrm.analytics.SparkTestSession.cast;
import static org.wealthcrm.analytics.SparkTestSession.strings;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class TierTest {

    @Test
    void withTierAndIntervalWhenValuesAtBoundariesThenLowerBoundIsInclusive() {
        Dataset<Row> values = cast(cast(strings("aum_avg_30,aum",
                "0.00,0.00", "49999.99,999.99", "50000.00,1000.00", "499999.99,9999.99",
                "500000.00,10000.00", "999999.99,50000.00", "1000000.00,100000.00",
                "5999999.99,200000.00", "6000000.00,500000.00", "7000000.00,1000000.00",
                "7000000.00,3000000.00", "7000000.00,6000000.00", "7000000.00,9999999.99",
                "7000000.00,10000000.00"), "aum_avg_30", "decimal(20,2)"), "aum", "decimal(20,2)");

        List<String> labels = Tier.withAssetInterval(Tier.withTier(values, tiers()), intervals())
                .collectAsList().stream().map(r -> r.getString(2) + " " + r.getString(3)).toList();

        assertThat(labels).containsExactly("MASS A01", "MASS A01", "VIP4 A02", "VIP4 A02",
                "VIP3 A03", "VIP3 A04", "VIP2 A05", "VIP2 A06", "VIP1 A07", "VIP1 A08",
                "VIP1 A09", "VIP1 A10", "VIP1 A10", "VIP1 A11");
    }

    private static Map<String, BigDecimal> tiers() {
        Map<String, BigDecimal> tiers = new LinkedHashMap<>();
        tiers.put("VIP1", new BigDecimal("6000000"));
        tiers.put("VIP2", new BigDecimal("1000000"));
        tiers.put("VIP3", new BigDecimal("500000"));
        tiers.put("VIP4", new BigDecimal("50000"));
        return tiers;
    }

    private static Map<String, BigDecimal> intervals() {
        Map<String, BigDecimal> bounds = new LinkedHashMap<>();
        String[] names = {"A11", "A10", "A09", "A08", "A07", "A06", "A05", "A04", "A03", "A02"};
        long[] lower = {10_000_000, 6_000_000, 3_000_000, 1_000_000, 500_000, 200_000, 100_000, 50_000,
            10_000, 1_000};
        for (int i = 0; i < names.length; i++) {
            bounds.put(names[i], BigDecimal.valueOf(lower[i]));
        }
        return bounds;
    }
}
