package org.wealthcrm.batch.goal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.wealthcrm.batch.MigratedDatabase;

/**
 * November's completion on 2026-11-20 for HO > R1 > B1 > {S1, S2}, RM1 in S1 and RM2 in S2; the base date is
 * 2026-10-31, the last published date before November. Hand-worked figures in the comments.
 */
class GoalCompletionTest {

    private static final LocalDate DATE = LocalDate.of(2026, 11, 20);
    private static MigratedDatabase db;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void bank() {
        db = new MigratedDatabase();
        jdbc = db.jdbc();
        org("HO", null, "/HO/");
        org("R1", "HO", "/HO/R1/");
        org("B1", "R1", "/HO/R1/B1/");
        org("S1", "B1", "/HO/R1/B1/S1/");
        org("S2", "B1", "/HO/R1/B1/S2/");
        jdbc.update("insert into staff (staff_id, staff_name, org_code, position, status, biz_date) values"
                + " ('RM1', 'a', 'S1', 'RM', 'A', date '2026-11-20'), ('RM2', 'b', 'S2', 'RM', 'A', date '2026-11-20')");
        db.metrics("2026-09-30", "X6", "S1", "60000", "VIP4", "RM1", null, null);   // X6 was VIP before
        db.metrics("2026-10-31", "X1", "S1", "100000", "VIP4", "RM1", null, null);
        db.metrics("2026-10-31", "X2", "S1", "40000", "MASS", "RM1", null, null);
        db.metrics("2026-10-31", "X3", "S2", "20000", "MASS", "RM2", null, null);   // gone by 11-20
        db.metrics("2026-10-31", "X5", "S2", "600000", "VIP3", "RM1", null, null);
        db.metrics("2026-10-31", "X6", "S1", "45000", "MASS", "RM1", null, null);
        db.metrics("2026-11-19", "X2", "S1", "60000", "VIP4", "RM1", null, null);   // first VIP day ever
        db.metrics("2026-11-20", "X1", "S1", "130000", "VIP4", "RM1", null, null);
        db.metrics("2026-11-20", "X2", "S1", "55000", "VIP4", "RM1", null, null);
        db.metrics("2026-11-20", "X4", "S2", "5000", "MASS", "RM2", null, null);    // new customer
        db.metrics("2026-11-20", "X5", "S2", "590000", "VIP4", "RM1", null, null);
        db.metrics("2026-11-20", "X6", "S1", "52000", "VIP4", "RM1", null, null);
        confirm("F1", "RM1", "122", "10000", "2026-11-05");
        confirm("F2", "RM2", "120", "20000", "2026-11-10");
        confirm("F3", "RM1", "124", "5000", "2026-11-06");    // redemption
        confirm("F4", "RM1", "122", "3000", "2026-10-30");    // October
        confirm("F5", null, "122", "7000", "2026-11-07");     // credited to nobody
        confirm("F6", "RM2", "139", "1000", "2026-11-21");    // after the business date
        holding("X1", "WM1", "2026-10-31", "1000");           // held on the base date: not a sale
        holding("X1", "WM1", "2026-11-20", "1100");
        holding("X2", "WM1", "2026-11-19", "8000");           // new: 8,000 on its first day, to RM1
        holding("X2", "WM1", "2026-11-20", "8100");
        holding("X4", "WM2", "2026-11-20", "2000");           // new: 2,000, to RM2
        jdbc.update("insert into goal (goal_month, metric, unit_type, unit_code, parent_code, target_value, state,"
                + " set_by, set_at) values (date '2026-11-01', 'SALES', 'S', 'RM9', 'S1', 100, 'FINAL', 'TL',"
                + " current_timestamp)");
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void computeWhenMonthHasGrowthSalesAndNewVipThenHandWorkedFiguresPerUnit() {
        new GoalCompletion(jdbc).compute(DATE);

        // AUM growth, 11-20 minus 10-31: X1 +30,000, X2 +15,000, X3 -20,000 (gone), X4 +5,000 (new),
        //   X5 -10,000, X6 +7,000. RM1: X1 X2 X5 X6 = 42,000; RM2: X3 X4 = -15,000;
        //   by home branch S1: X1 X2 X6 = 52,000; S2: X3 X4 X5 = -25,000; B1 = R1 = HO = 27,000
        assertThat(actuals("AUM_GROWTH")).containsExactlyInAnyOrder("B1=27000.00", "HO=27000.00", "R1=27000.00",
                "RM1=42000.00", "RM2=-15000.00", "S1=52000.00", "S2=-25000.00");
        // sales: RM1 fund 10,000 + wealth 8,000 = 18,000; RM2 fund 20,000 + wealth 2,000 = 22,000;
        //   S1 18,000, S2 22,000, B1 = R1 = HO = 40,000; RM9 has a target and no sales: 0
        assertThat(actuals("SALES")).containsExactlyInAnyOrder("B1=40000.00", "HO=40000.00", "R1=40000.00",
                "RM1=18000.00", "RM2=22000.00", "RM9=0.00", "S1=18000.00", "S2=22000.00");
        // new VIP: X2 only (X6 was VIP in September, X1 and X5 in October)
        assertThat(actuals("NEW_VIP")).containsExactlyInAnyOrder("B1=1.00", "HO=1.00", "R1=1.00", "RM1=1.00",
                "S1=1.00");
    }

    @Test
    void computeWhenDateRunAgainThenRowsReplacedExactly() {
        GoalCompletion completion = new GoalCompletion(jdbc);
        completion.compute(DATE);
        int rows = jdbc.queryForObject("select count(*) from goal_completion where biz_date = ?", Integer.class, DATE);

        completion.compute(DATE);

        assertThat(jdbc.queryForObject("select count(*) from goal_completion where biz_date = ?", Integer.class,
                DATE)).isEqualTo(rows).isEqualTo(7 + 8 + 5);
    }

    private static List<String> actuals(String metric) {
        return jdbc.queryForList("select unit_code || '=' || actual from goal_completion where biz_date = ?"
                + " and metric = ? and goal_month = date '2026-11-01'", String.class, DATE, metric);
    }

    private static void org(String code, String parent, String path) {
        jdbc.update("insert into org_unit (org_code, org_name, org_level, parent_code, org_path, biz_date)"
                + " values (?, ?, ?, ?, ?, date '2026-11-20')", code, code, path.split("/").length - 1, parent, path);
    }

    private static void confirm(String no, String marketer, String bizCode, String amount, String date) {
        jdbc.update("insert into fund_confirm (confirm_no, confirm_date, cust_id, ta_acct, fund_code, biz_code,"
                + " confirm_amount, marketer_id) values (?, cast(? as date), 'X1', 'T', '000001', ?,"
                + " cast(? as numeric), ?)", no, date, bizCode, amount, marketer);
    }

    private static void holding(String custId, String product, String date, String value) {
        jdbc.update("insert into wm_holding (hold_date, cust_id, prod_code, shares, market_value_cny)"
                + " values (cast(? as date), ?, ?, 1, cast(? as numeric))", date, custId, product, value);
    }
}
