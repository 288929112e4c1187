package org.wealthcrm.analytics.churn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.wealthcrm.analytics.SparkTestSession.strings;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class ChurnFeaturesTest {

    /*
     * d = 20261015. Days with data: 20260712 (in d-96 … d-90), 20260910 (in d-36 … d-30),
     * 20261001 and 20261015 (in d-29 … d). C1 moves money to another bank and drops WM.
     */
    private static Dataset<Row> history() {
        Dataset<Row> rows = strings("cust_id,biz_date,aum,activity_count,interbank_out_cny,total_out_cny,"
                        + "category_mask,td_maturing_30d,open_date,birth_date,last_contact_date",
                "C1,20260712,100000,3,0,0,5,0,,,",
                "C1,20260910,80000,9,0,1000,5,0,,,",
                "C1,20261001,60000,1,3000,4000,1,0,,,",
                "C1,20261015,40000,1,1000,1000,1,10000,2020-01-01,1980-05-20,2026-09-15",
                "C2,20261015,50,0,,,,,,,");
        // empty field = null, as in partitions written before the churn columns existed
        return rows.selectExpr("cust_id", "biz_date", "cast(aum as decimal(30,6)) aum",
                "cast(activity_count as long) activity_count",
                "cast(nullif(interbank_out_cny, '') as decimal(20,2)) interbank_out_cny",
                "cast(nullif(total_out_cny, '') as decimal(20,2)) total_out_cny",
                "cast(nullif(category_mask, '') as int) category_mask",
                "cast(nullif(td_maturing_30d, '') as decimal(20,2)) td_maturing_30d",
                "cast(nullif(open_date, '') as date) open_date", "cast(nullif(birth_date, '') as date) birth_date",
                "cast(nullif(last_contact_date, '') as date) last_contact_date");
    }

    @Test
    void featuresWhenCustomerMovesMoneyAwayThenWindowsAndChangesMatchTheHandWorkedValues() {
        Dataset<Row> calendar = ChurnFeatures.calendar(strings("biz_date",
                "20260712", "20260910", "20261001", "20261015"));

        Map<String, Row> today = ChurnFeatures.features(history(), calendar,
                        Map.of("VIP4", new BigDecimal("50000")))
                .where("biz_date = '20261015'").collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getString(r.fieldIndex("cust_id")), r -> r));

        Row c1 = today.get("C1");
        // avg30 (60000 + 40000) / 2 days = 50000 -> VIP4; 30 days ago 80000 -> -50 %; 90 days ago 100000 -> -60 %
        assertThat(value(c1, "aum_avg_30")).isEqualTo(50000.0);
        assertThat(c1.<String>getAs("tier")).isEqualTo("VIP4");
        assertThat(value(c1, "aum_change_30_pct")).isEqualTo(-50.0);
        assertThat(value(c1, "aum_change_90_pct")).isEqualTo(-60.0);
        // interbank (3000 + 1000) / out (4000 + 1000) = 0.8; previous 30 days 0 / 1000 = 0
        assertThat(value(c1, "interbank_out_share_30")).isCloseTo(0.8, within(1e-12));
        assertThat(value(c1, "interbank_out_share_change")).isCloseTo(0.8, within(1e-12));
        // activity 1 + 1 = 2 now, 9 over the previous 60 days -> 2 - 9 / 2 = -2.5 (20260712 is d-95: out)
        assertThat(value(c1, "activity_30")).isEqualTo(2.0);
        assertThat(value(c1, "activity_change")).isEqualTo(-2.5);
        // mask now 1 (DD), 90 days ago 5 (DD + WM): coverage 1, one category dropped
        assertThat(value(c1, "coverage")).isEqualTo(1.0);
        assertThat(value(c1, "categories_dropped_90")).isEqualTo(1.0);
        assertThat(value(c1, "td_maturing_share")).isEqualTo(0.25);
        // contact 20260915 -> 30 days; open 20200101 -> 2479 days; born 19800520 -> 46 years
        assertThat(value(c1, "days_since_contact")).isEqualTo(30.0);
        assertThat(value(c1, "tenure_days")).isEqualTo(2479.0);
        assertThat(value(c1, "age")).isEqualTo(46.0);

        Row c2 = today.get("C2");
        // C2 only exists today (old-style row, new columns null): avg 50 / 2 = 25, no change, contact unknown
        assertThat(value(c2, "aum_avg_30")).isEqualTo(25.0);
        assertThat(c2.<String>getAs("tier")).isEqualTo("MASS");
        assertThat(value(c2, "aum_change_90_pct")).isZero();
        assertThat(value(c2, "interbank_out_share_30")).isZero();
        assertThat(value(c2, "days_since_contact")).isEqualTo(-1.0);
    }

    @Test
    void withLabelWhenAumLaterIsBelowHalfOrMissingThenChurnedAndBelowMinimumAverageThenNotLabelled() {
        Dataset<Row> features = strings("cust_id,biz_date,aum,aum_avg_30",
                "C1,20261001,100000,60000", "C2,20261001,100000,60000", "C3,20261001,100000,49999.99",
                "C4,20261001,100000,70000", "C1,20261005,100000,60000");
        features = features.withColumn("day_no", ChurnFeatures.dayNumber())
                .withColumn("aum", features.col("aum").cast("double"))
                .withColumn("aum_avg_30", features.col("aum_avg_30").cast("double"));
        Dataset<Row> later = strings("cust_id,biz_date,aum", "C1,20261011,49999.99", "C2,20261011,50000");

        Map<String, Integer> labels = ChurnLabel.withLabel(features, later, List.of("20261001"),
                        new ChurnLabel.Settings(50000, 10, 0.5))
                .collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getString(0), r -> r.<Integer>getAs("churned")));

        // C1 49999.99 < 50000 churned; C2 exactly half is not; C4 has no row on 20261011 -> 0 -> churned;
        // C3 is below the 50,000 average; 20261005 + 10 is not a labelled day
        assertThat(labels).containsExactlyInAnyOrderEntriesOf(Map.of("C1", 1, "C2", 0, "C4", 1));
    }

    private static double value(Row row, String column) {
        return ((Number) row.getAs(column)).doubleValue();
    }
}
