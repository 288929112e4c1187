package org.wealthcrm.analytics.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wealthcrm.analytics.SparkTestSession.cast;
import static org.wealthcrm.analytics.SparkTestSession.strings;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.wealthcrm.analytics.activity.Activity;
import org.wealthcrm.analytics.tier.Tier;

class CustomerMetricsTest {

    @Test
    void exportRowsWhenFiguresRoundAcrossBoundariesThenTierAndIntervalFollowTheWrittenValues() {
        Dataset<Row> customers = strings("cust_id,status", "C4,A", "C2,F", "C9,C", "C1,A", "C3,A");
        Dataset<Row> aum = cast(strings("cust_id,aum",
                "C1,49999.994999", "C2,1.005", "C3,10000000", "C9,1.00"), "aum", "decimal(30,6)");
        Dataset<Row> avg = cast(strings("cust_id,aum_avg_30",
                "C1,49999.995", "C2,81.725", "C3,6000000"), "aum_avg_30", "decimal(37,11)");
        Dataset<Row> activity = cast(strings("cust_id,activity_90", "C1,4"), "activity_90", "long");
        Dataset<Row> coverage = cast(strings("cust_id,coverage,categories", "C1,2,DD;TD"), "coverage", "int");

        Dataset<Row> assembled = CustomerMetrics.assemble(CustomerMetrics.filterActiveCustomers(customers),
                aum, avg, activity, coverage);
        Dataset<Row> labelled = Activity.withActivityLevel(Tier.withAssetInterval(Tier.withTier(
                CustomerMetrics.withRoundedMoney(assembled), Map.of("VIP4", new BigDecimal("50000"))),
                Map.of("A02", new BigDecimal("1000"), "A04", new BigDecimal("50000"))), Map.of("L3", 4L));
        List<String> lines = CustomerMetrics.toExportRows(CustomerMetrics.withChurnScores(labelled,
                        strings("cust_id,churn_score,churn_reasons", "C1,0.12345,AUM_CHANGE_90=-45.2", "C2,0.99995,")
                                .selectExpr("cust_id", "cast(churn_score as double) churn_score", "churn_reasons")),
                        "20261120").collectAsList().stream()
                .map(r -> r.mkString("|")).toList();

        // C1: avg 49999.995 is written 50000.00 so VIP4; aum 49999.994999 is written 49999.99 so A02
        // C2: half-up, not half-even or binary floating point: 1.005 -> 1.01, 81.725 -> 81.73
        // C3: no scientific notation; C4 has no figures at all; C9 is closed
        // churn_score half-up to 4 decimals (0.12345 -> 0.1235, 0.99995 -> 1.0000), empty when not scored
        assertThat(lines).containsExactly(
                "C1|20261120|49999.99|50000.00|VIP4|A02|L3|2|DD;TD|0.1235|AUM_CHANGE_90=-45.2",
                "C2|20261120|1.01|81.73|MASS|A01|L5|0||1.0000|",
                "C3|20261120|10000000.00|6000000.00|VIP4|A04|L5|0||null|null",
                "C4|20261120|0.00|0.00|MASS|A01|L5|0||null|null");
    }
}
