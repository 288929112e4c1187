package org.wealthcrm.analytics.propensity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wealthcrm.analytics.SparkTestSession.strings;

import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class PurchaseInputsTest {

    private static final Dataset<Row> CONFIRMS = strings("cust_id,fund_code,biz_code",
            "C1,000001,122", // purchase -> FUND
            "C2,000002,120", // subscription -> FUND
            "C3,000001,139", // regular purchase: a standing plan, not counted
            "C4,000001,124"); // redemption
    private static final Dataset<Row> HOLDINGS = strings("cust_id,prod_code,shares",
            "C1,WM1,1000.00", // new product -> WEALTH (and FUND above)
            "C5,WM1,300.00", // 200 -> 300: increased -> WEALTH
            "C6,WM2,50.00", // unchanged
            "C7,WM1,10.00"); // 20 -> 10: redeemed part
    private static final Dataset<Row> BEFORE = strings("cust_id,prod_code,shares",
            "C5,WM1,200.00", "C6,WM2,50.00", "C7,WM1,20.00", "C8,WM1,5.00");

    @Test
    void purchaseMaskWhenConfirmsAndHoldingsChangeThenFundAndWealthBitsAsWorkedOut() {
        Map<String, Integer> masks = masks(PurchaseInputs.purchaseMask(CONFIRMS, HOLDINGS, BEFORE));

        // WEALTH = 1, FUND = 2: C1 both (3), C2 fund (2), C5 wealth (1); C3, C4, C6, C7, C8 bought nothing
        assertThat(masks).isEqualTo(Map.of("C1", 3, "C2", 2, "C5", 1));
    }

    @Test
    void purchaseMaskWhenNoEarlierHoldingsThenOnlyFundPurchasesCount() {
        Map<String, Integer> masks = masks(PurchaseInputs.purchaseMask(CONFIRMS, HOLDINGS, null));

        assertThat(masks).isEqualTo(Map.of("C1", 2, "C2", 2));
    }

    private static Map<String, Integer> masks(Dataset<Row> rows) {
        return rows.collectAsList().stream().collect(Collectors.toMap(r -> r.getString(0), r -> r.getInt(1)));
    }
}
