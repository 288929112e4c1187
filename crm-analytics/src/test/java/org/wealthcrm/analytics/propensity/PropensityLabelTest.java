package org.wealthcrm.analytics.propensity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wealthcrm.analytics.SparkTestSession.strings;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.wealthcrm.analytics.churn.ChurnFeatures;

class PropensityLabelTest {

    /*
     * Days with data 20261001, 20261010, 20261031, 20261101; purchase_mask bits WEALTH 1, FUND 2.
     * d = 20261001: its window d+1 … d+30 is 20261002 … 20261031.
     */
    private static Dataset<Row> history() {
        return strings("cust_id,biz_date,aum,activity_count,category_mask,purchase_mask,dd_cny",
                        "C1,20261001,100000,0,1,0,80000", // DD only, 80 % idle
                        "C1,20261031,100000,1,5,1,20000", // buys WEALTH on d+30: inside the window
                        "C2,20261001,50000,0,8,2,0", // holds FMM; bought FUND on d itself: not "after d"
                        "C2,20261010,50000,1,8,2,0", // FUND on d+9
                        "C3,20261001,10000,0,1,0,10000",
                        "C3,20261101,10000,1,5,3,0", // both on d+31: outside
                        "C4,20261010,5000,0,1,0,5000") // no row on d: not an example of d
                .selectExpr("cust_id", "biz_date", "cast(aum as decimal(30,6)) aum",
                        "cast(activity_count as long) activity_count", "cast(category_mask as int) category_mask",
                        "cast(purchase_mask as int) purchase_mask", "cast(dd_cny as decimal(20,2)) dd_cny",
                        // churn inputs not used here: null, as in partitions written before they existed
                        "cast(null as decimal(20,2)) interbank_out_cny", "cast(null as decimal(20,2)) total_out_cny",
                        "cast(null as decimal(20,2)) td_maturing_30d", "cast(null as date) open_date",
                        "cast(null as date) birth_date", "cast(null as date) last_contact_date");
    }

    private static Dataset<Row> features() {
        Dataset<Row> calendar = ChurnFeatures.calendar(strings("biz_date", "20261001", "20261010", "20261031",
                "20261101"));
        return ChurnFeatures.features(history(), calendar, Map.of("VIP4", new BigDecimal("50000")));
    }

    @Test
    void withLabelWhenPurchasesAroundTheWindowThenOnlyThoseInTheNext30DaysCount() {
        Map<String, Integer> wealth = labels(PropensityCategory.WEALTH);
        Map<String, Integer> fund = labels(PropensityCategory.FUND);

        // WEALTH: C1 on 20261031 = d+30 -> 1; C3 on 20261101 = d+31 -> 0; C2 never
        assertThat(wealth).isEqualTo(Map.of("C1", 1, "C2", 0, "C3", 0));
        // FUND: C2 on 20261010 = d+9 -> 1 (its purchase on d itself does not count); C3 d+31 -> 0
        assertThat(fund).isEqualTo(Map.of("C1", 0, "C2", 1, "C3", 0));
    }

    @Test
    void withCategoryFeaturesWhenHoldingsAndPurchasesThenCategoryColumnsAsWorkedOut() {
        Map<String, Row> fund = PropensityFeatures.withCategoryFeatures(features(), history(),
                        PropensityCategory.FUND).where("biz_date = '20261010'").collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getString(r.fieldIndex("cust_id")), r -> r));

        Row c2 = fund.get("C2");
        // C2 holds FMM (mask 8 & 56 != 0); FUND bought on 20261001 and 20261010: 2 days in d-29 … d
        assertThat(c2.<Double>getAs("holds_category")).isEqualTo(1.0);
        assertThat(c2.<Double>getAs("purchases_30")).isEqualTo(2.0);
        assertThat(c2.<Double>getAs("purchases_90")).isEqualTo(2.0);
        Row c4 = fund.get("C4");
        // C4 DD only (mask 1): does not hold a fund; idle cash 5000 of AUM 5000 -> share 1
        assertThat(c4.<Double>getAs("holds_category")).isZero();
        assertThat(c4.<Double>getAs("idle_cash")).isEqualTo(5000.0);
        assertThat(c4.<Double>getAs("idle_cash_share")).isEqualTo(1.0);
    }

    private static Map<String, Integer> labels(PropensityCategory category) {
        return PropensityLabel.withLabel(features(), history(), List.of("20261001"), category, 30)
                .select("cust_id", "bought").collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getString(0), r -> r.getInt(1)));
    }
}
