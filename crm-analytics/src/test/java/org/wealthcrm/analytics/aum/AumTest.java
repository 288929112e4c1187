package org.wealthcrm.analytics.aum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wealthcrm.analytics.SparkTestSession.cast;
import static org.wealthcrm.analytics.SparkTestSession.strings;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class AumTest {

    @Test
    void aumWhenCustomerHasLoanAndCardAccountsThenOnlyDepositsWealthAndFundsCount() {
        Dataset<Row> accounts = strings("acct_no,cust_id,acct_type",
                "A1,C1,DD", "A2,C1,TD", "A3,C1,LN", "A4,C2,CC", "A5,C3,DD");
        Dataset<Row> balances = cast(strings("acct_no,balance_cny",
                "A1,1000.00", "A2,49000.00", "A3,5000.00", "A4,300.00", "A5,10.00"), "balance_cny", "decimal(18,2)");
        Dataset<Row> holdings = cast(strings("cust_id,market_value_cny", "C3,2.50"), "market_value_cny", "decimal(18,2)");
        Dataset<Row> shares = cast(strings("cust_id,fund_code,shares", "C3,F1,33.33"), "shares", "decimal(18,2)");
        Dataset<Row> funds = strings("fund_code,fund_type", "F1,BD");
        Dataset<Row> nav = cast(strings("fund_code,nav", "F1,1.0005"), "nav", "decimal(10,4)");

        Map<String, BigDecimal> aum = byCustomer(Aum.aumByCustomer(
                Positions.positions(balances, accounts, holdings, shares, funds, nav)), "aum");

        // C1: 1000.00 + 49000.00, loan left out; C2 only has a credit card; C3: 10.00 + 2.50 + 33.33 x 1.0005
        assertThat(aum).containsOnlyKeys("C1", "C3");
        assertThat(aum.get("C1")).isEqualByComparingTo("50000.00");
        assertThat(aum.get("C3")).isEqualByComparingTo("45.846665");
    }

    @Test
    void latestNavWhenFundPublishedNoNavOnTheDateThenItsLatestEarlierNavIsUsed() {
        Dataset<Row> history = cast(strings("fund_code,nav,nav_date",
                "F1,1.2000,20261117", "F1,1.2345,20261118", "F1,9.9999,20261121",
                "F2,1.0001,20261118", "F2,1.0005,20261120"), "nav", "decimal(10,4)");

        Map<String, BigDecimal> nav = Nav.latestNav(history, "20261120").collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getString(0), r -> r.getDecimal(1)));

        assertThat(nav.get("F1")).isEqualByComparingTo("1.2345");
        assertThat(nav.get("F2")).isEqualByComparingTo("1.0005");
    }

    @Test
    void aumAvg30WhenCustomerHasNoRowOnADayWithDataThenThatDayCountsZero() {
        Dataset<Row> history = cast(strings("cust_id,aum,biz_date",
                "C1,163.45,20261118", "C2,100.00,20261118", "C2,200.005,20261120"), "aum", "decimal(30,6)");

        Map<String, BigDecimal> avg = byCustomer(Aum.aumAvg30(history, 2), "aum_avg_30");

        // C1: (163.45 + 0) / 2 exactly, not rounded yet; C2: (100.00 + 200.005) / 2
        assertThat(avg.get("C1")).isEqualByComparingTo("81.725");
        assertThat(avg.get("C2")).isEqualByComparingTo("150.0025");
    }

    private static Map<String, BigDecimal> byCustomer(Dataset<Row> rows, String column) {
        return rows.select("cust_id", column).collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getString(0), r -> r.getDecimal(1)));
    }
}
