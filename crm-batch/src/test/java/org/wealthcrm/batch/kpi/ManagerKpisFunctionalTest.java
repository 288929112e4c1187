package org.wealthcrm.batch.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * The manager KPIs of the hand-built bank in {@code kpi-bank.sql} (its own database: the property below gives this
 * class its own context), with every expected figure worked out by hand from that file.
 */
@SpringBootTest(properties = {"crm.db.embedded.data-dir=", "crm.db.embedded.port=0", "crm.test.kpi-bank=true"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ManagerKpisFunctionalTest {

    static final LocalDate NOV_19 = LocalDate.of(2026, 11, 19);
    static final LocalDate NOV_20 = LocalDate.of(2026, 11, 20);

    @Autowired
    ManagerKpis kpis;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    @BeforeAll
    void loadBankAndRunTwoNights() {
        ResourceDatabasePopulator bank = new ResourceDatabasePopulator(
                new ClassPathResource("org/wealthcrm/batch/kpi/kpi-bank.sql"));
        bank.setSqlScriptEncoding(StandardCharsets.UTF_8.name());
        bank.execute(dataSource);
        kpis.compute(NOV_19);
        kpis.compute(NOV_20);
    }

    @Test
    void computeWhenRmThenBookSalesContactsAndLossesAsWorkedOut() {
        // RM1 on 11-20: C1 1,200,000 + C2 310,000 = 1,510,000 (2 customers, VIP2 1, VIP4 1)
        // month-to-date average over the 2 published November dates: 11-19 C1 1,000,000 + C2 300,000 + C6 35,000
        //   = 1,335,000; (1,335,000 + 1,510,000) / 2 = 1,422,500
        // MoM base 10-20: 900,000 + 200,000 = 1,100,000, +410,000; YoY base 2025-11-20: C1 500,000, +1,010,000
        // tiers: C1 VIP3 -> VIP2 up (vs 11-19 and vs 10-31), C2 stays VIP4; no new customer
        assertThat(day("RM", "RM1", "customers", "aum", "aum_mtd_avg", "aum_mom_base", "aum_mom_change",
                "aum_yoy_base", "aum_yoy_change", "cust_vip2", "cust_vip4", "tier_upgrades", "tier_downgrades",
                "tier_upgrades_mtd", "new_customers", "new_customers_mtd"))
                .isEqualTo("2|1510000.00|1422500.00|1100000.00|410000.00|500000.00|1010000.00|1|1|1|0|1|0|0");
        // fund sales by marketer: 11-20 none by RM1; month F2 50,000 (F5 is October's)
        // by credit share: day F1 10,000 x 70 % = 7,000; month + F2 50,000 x 100 % = 57,000
        // wealth bought: day C1 50,000 shares x 153,000/150,000 = 51,000 + C2 20,000 x 70 % = 14,000 -> 65,000;
        //   month + C1 on 11-19 20,000 x 101,000/100,000 = 20,200 -> 85,200
        assertThat(day("RM", "RM1", "fund_sales_marketer", "fund_sales_marketer_mtd", "fund_sales_share",
                "fund_sales_share_mtd", "wealth_sales_share", "wealth_sales_share_mtd"))
                .isEqualTo("0.00|50000.00|7000.00|57000.00|65000.00|85200.00");
        // VIP C1 (called 11-10, inside 30 days) and C2 (09-15, inside 90 only): 1/2 and 2/2
        // lost: C6 left after 11-19 (35,000 on 11-19; 30,000 on 10-31)
        assertThat(day("RM", "RM1", "vip_customers", "vip_contacted_30", "vip_contacted_90", "vip_contact_rate_30",
                "vip_contact_rate_90", "customers_lost", "aum_lost", "customers_lost_mtd", "aum_lost_mtd"))
                .isEqualTo("2|1|2|0.5000|1.0000|1|35000.00|1|30000.00");
    }

    @Test
    void computeWhenTeamThenItsRmsBooksAdded() {
        // T1 = RM1 + RM2: C1 1,200,000 + C2 310,000 + C3 55,000 + C7 5,000 = 1,570,000 (4 customers)
        // average: 11-19 1,000,000 + 300,000 + 50,000 + 35,000 = 1,385,000; (1,385,000 + 1,570,000) / 2 = 1,477,500
        // MoM base 10-20 900,000 + 200,000 + 40,000 = 1,140,000, +430,000; YoY 500,000, +1,070,000
        // up: C1 VIP3 -> VIP2, C3 MASS -> VIP4; new: C7 (day and month)
        assertThat(day("TEAM", "T1", "customers", "aum", "aum_mtd_avg", "aum_mom_change", "aum_yoy_change",
                "cust_vip2", "cust_vip4", "cust_mass", "tier_upgrades", "tier_downgrades", "tier_upgrades_mtd",
                "new_customers", "new_customers_mtd"))
                .isEqualTo("4|1570000.00|1477500.00|430000.00|1070000.00|1|2|1|2|0|2|1|1");
        // marketer: day F1 10,000 (RM2); month + F2 50,000 = 60,000. share: 7,000 + 3,000; month + 50,000
        // wealth: day 51,000 + 20,000 = 71,000; month + 20,200 + C3's new 10,000 shares on 11-19 10,100 = 101,300
        // VIP C1, C2, C3 (C3 called 08-22, one day before the 90-day window): 1/3 = 0.3333, 2/3 = 0.6667
        assertThat(day("TEAM", "T1", "fund_sales_marketer", "fund_sales_marketer_mtd", "fund_sales_share",
                "fund_sales_share_mtd", "wealth_sales_share", "wealth_sales_share_mtd", "vip_customers",
                "vip_contact_rate_30", "vip_contact_rate_90"))
                .isEqualTo("10000.00|60000.00|10000.00|60000.00|71000.00|101300.00|3|0.3333|0.6667");
        // T3 = RM4's C5 63,000 + the pool customer C9 homed there 7,000
        assertThat(day("TEAM", "T3", "customers", "aum")).isEqualTo("2|70000.00");
    }

    @Test
    void computeWhenBranchThenTeamsAddedWithDowngradesAndAumLost() {
        // B1 = T1 + T2 (C4 40,000, C8 0): 6 customers, 1,610,000
        // average: 11-19 1,385,000 + 130,000 + 20,000 = 1,535,000; (1,535,000 + 1,610,000) / 2 = 1,572,500
        // MoM base 1,140,000 + 120,000 = 1,260,000, +350,000; YoY 500,000 + 100,000 = 600,000, +1,010,000
        // down: C4 VIP4 -> MASS. lost day: C6 35,000 + C8 (AUM -> 0) 20,000; month: 30,000 + 20,000
        // fund: F3 is a redemption, not a sale
        assertThat(day("BRANCH", "B1", "customers", "aum", "aum_mtd_avg", "aum_mom_base", "aum_mom_change",
                "aum_yoy_base", "aum_yoy_change", "tier_upgrades", "tier_downgrades", "customers_lost", "aum_lost",
                "customers_lost_mtd", "aum_lost_mtd", "fund_sales_marketer"))
                .isEqualTo("6|1610000.00|1572500.00|1260000.00|350000.00|600000.00|1010000.00|2|1|2|55000.00|2"
                        + "|50000.00|10000.00");
    }

    @Test
    void computeWhenBankThenEveryCustomerAndUncreditedSalesOnlyByShare() {
        // 8 customers: 1,610,000 + 63,000 + 7,000 = 1,680,000; MoM base 1,260,000 + 60,000 = 1,320,000, +360,000
        // YoY +1,080,000. new day C7; month C7 and C9 (first seen 11-19). Fund: marketer 10,000 (F4 has none),
        // share 10,000 + F4 1,000 = 11,000
        assertThat(day("BANK", "HO", "customers", "aum", "aum_mom_change", "aum_yoy_change", "new_customers",
                "new_customers_mtd", "fund_sales_marketer", "fund_sales_share"))
                .isEqualTo("8|1680000.00|360000.00|1080000.00|1|2|10000.00|11000.00");
    }

    @Test
    void computeWhenListsRunOnTheDateThenContactAndConversionRatesPerUnit() {
        // only list 101 runs on 11-20 (102 ended 10-31, 103 starts 11-21); '-' members count in no unit
        // RM1 contacted 3 of 4 = 0.7500, converted 1 of 3 = 0.3333; RM2 0 of 2 = 0.0000, nobody contacted: null
        // T1 = RM1 + RM2: 3 of 6 = 0.5000, 1 of 3 = 0.3333; T2 = RM3: 1 of 1, 1 of 1
        // B1 = R1 = HO (RM4 has no running list): 4 of 7 = 0.5714, 2 of 4 = 0.5000; T3 and RM4: no members, null
        String[] rates = {"list_contact_rate", "list_conversion_rate"};
        assertThat(day("RM", "RM1", rates)).isEqualTo("0.7500|0.3333");
        assertThat(day("RM", "RM2", rates)).isEqualTo("0.0000|null");
        assertThat(day("TEAM", "T1", rates)).isEqualTo("0.5000|0.3333");
        assertThat(day("TEAM", "T2", rates)).isEqualTo("1.0000|1.0000");
        assertThat(day("BRANCH", "B1", rates)).isEqualTo("0.5714|0.5000");
        assertThat(day("REGION", "R1", rates)).isEqualTo("0.5714|0.5000");
        assertThat(day("BANK", "HO", rates)).isEqualTo("0.5714|0.5000");
        assertThat(day("TEAM", "T3", rates)).isEqualTo("null|null");
        assertThat(day("RM", "RM4", rates)).isEqualTo("null|null");
        // month rows carry the month's latest computed date's rates
        assertThat(month("RM", "RM1", rates)).isEqualTo("0.7500|0.3333");
    }

    @Test
    void computeWhenBaseDateNotPublishedThenComparisonEmpty() {
        // 11-19: MoM base 10-19 and YoY base 2025-11-19 have no data; RM1 1,000,000 + 300,000 + 35,000
        assertThat(jdbc.queryForObject("select concat_ws('|', aum, coalesce(cast(aum_mom_base as varchar), 'null'),"
                + " coalesce(cast(aum_yoy_change as varchar), 'null')) from kpi_day where biz_date = ?"
                + " and unit_level = 'RM' and unit_id = 'RM1'", String.class, NOV_19))
                .isEqualTo("1335000.00|null|null");
    }

    @Test
    void computeWhenMonthThenLatestDateAgainstPreviousMonthEndAndYearBefore() {
        // RM1 November as of 11-20: end 1,510,000, average 1,422,500; base 10-31 950,000 + 210,000 + 30,000
        //   = 1,190,000, +320,000; a year before: last published date of November 2025 (11-20) 500,000, +1,010,000
        // T1: base 10-31 950,000 + 210,000 + 45,000 + 30,000 = 1,235,000, 1,570,000 - 1,235,000 = +335,000
        // B1: base 1,235,000 + 125,000 + 20,000 = 1,380,000, 1,610,000 - 1,380,000 = +230,000
        assertThat(month("RM", "RM1", "as_of_date", "aum_end", "aum_avg", "aum_mom_base", "aum_mom_change",
                "aum_yoy_change", "tier_upgrades", "fund_sales_share", "customers_lost", "aum_lost"))
                .isEqualTo("2026-11-20|1510000.00|1422500.00|1190000.00|320000.00|1010000.00|1|57000.00|1|30000.00");
        assertThat(month("TEAM", "T1", "aum_mom_change")).isEqualTo("335000.00");
        assertThat(month("BRANCH", "B1", "aum_mom_change")).isEqualTo("230000.00");
    }

    @Test
    void computeWhenRunAgainThenRowsReplacedExactly() {
        // units on 11-20: RM1..RM4, T1..T3, B1, B2, R1, R2, HO = 12
        String before = allRows();
        kpis.compute(NOV_20);
        kpis.compute(NOV_19); // an earlier date of the month leaves the month's rows (as of 11-20) alone
        assertThat(jdbc.queryForObject("select count(*) from kpi_day where biz_date = ?", Integer.class, NOV_20))
                .isEqualTo(12);
        assertThat(allRows()).isEqualTo(before);
    }

    private String day(String level, String unit, String... columns) {
        return figures("kpi_day", "biz_date = date '2026-11-20'", level, unit, columns);
    }

    private String month(String level, String unit, String... columns) {
        return figures("kpi_month", "month_start = date '2026-11-01'", level, unit, columns);
    }

    private String figures(String table, String when, String level, String unit, String... columns) {
        Map<String, Object> row = jdbc.queryForMap("select * from " + table + " where " + when
                + " and unit_level = ? and unit_id = ?", level, unit);
        return List.of(columns).stream().map(c -> String.valueOf(row.get(c))).collect(Collectors.joining("|"));
    }

    private String allRows() {
        return jdbc.queryForList("select * from kpi_day order by biz_date, unit_level, unit_id").toString()
                + jdbc.queryForList("select * from kpi_month order by unit_level, unit_id").toString();
    }
}
