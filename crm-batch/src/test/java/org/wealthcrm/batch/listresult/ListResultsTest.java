package org.wealthcrm.batch.listresult;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.wealthcrm.batch.MigratedDatabase;

/**
 * Two lists measured on 2026-11-20 on a real PostgreSQL, every figure worked out by hand below. List 1 targets fund
 * 000001 from 11-01 to 11-30; list 2 wealth product WM9 from 11-01 to 11-10 (ended: measured up to 11-10).
 */
class ListResultsTest {

    private static final LocalDate DATE = LocalDate.of(2026, 11, 20);
    private static MigratedDatabase db;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void bank() {
        db = new MigratedDatabase();
        jdbc = db.jdbc();
        list(1, "PUBLISHED", "FUND", "000001", "2026-11-01", "2026-11-30", "C1", "C2", "C3", "C4");
        list(2, "PUBLISHED", "WEALTH", "WM9", "2026-11-01", "2026-11-10", "C1", "C2", "C3");
        list(3, "DRAFT", null, null, "2026-11-01", "2026-11-30", "C1");
        list(4, "PUBLISHED", null, null, "2026-11-21", "2026-11-30", "C1");
        contact(1, "C1", "2026-11-05 10:00:00");
        contact(1, "C1", "2026-11-10 10:00:00");
        contact(1, "C2", "2026-10-30 10:00:00");   // before the window: not contacted
        contact(1, "C3", "2026-11-12 10:00:00");
        contact(1, "C5", "2026-11-15 10:00:00");   // not (or no longer) a member, contacted for the list: counted
        contact(1, "C4", "2026-11-21 09:00:00");   // after the business date
        contact(2, "C1", "2026-11-03 10:00:00");
        contact(2, "C2", "2026-11-03 11:00:00");
        contact(2, "C3", "2026-11-04 10:00:00");
        confirm("F1", "C1", "000001", "122", "2026-11-08");   // after C1's first contact (11-05): converts
        confirm("F2", "C3", "000001", "122", "2026-11-12");   // the contact's own day: not after it
        confirm("F3", "C3", "000002", "122", "2026-11-15");   // another fund
        confirm("F4", "C5", "000001", "124", "2026-11-16");   // a redemption
        holding("C1", "WM9", "2026-11-02");   // held before the contact: not new
        holding("C1", "WM9", "2026-11-06");
        holding("C2", "WM9", "2026-11-06");   // first held after the 11-03 contact: converts on list 2
        holding("C3", "WM9", "2026-11-12");   // after list 2's window
        db.metrics("2026-11-04", "C1", "S1", "100000.00", "VIP4", "RMA", null, null);
        db.metrics("2026-11-05", "C1", "S1", "150000.00", "VIP4", "RMA", null, null);
        db.metrics("2026-11-20", "C1", "S1", "180000.00", "VIP4", "RMA", null, null);
        db.metrics("2026-11-20", "C2", "S1", "1.00", "MASS", "RMA", null, null);
        db.metrics("2026-11-11", "C3", "S1", "50000.00", "VIP4", "RMB", null, null);
        db.metrics("2026-11-20", "C3", "S1", "40000.00", "MASS", "RMB", null, null);
        db.metrics("2026-11-20", "C4", "S1", "9.00", "MASS", null, null, null);
        db.metrics("2026-11-20", "C5", "S1", "20000.00", "MASS", "RMB", null, null);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void measureWhenListsFollowedUpThenHandWorkedFiguresPerManager() {
        int rows = new ListResults(jdbc).measure(DATE);

        assertThat(rows).isEqualTo(5);
        // list 1, RMA: members C1, C2; contacted C1 (11-05); converted C1 (fund bought 11-08);
        //   AUM before = C1 on 11-04 (last date before 11-05) 100,000; after = C1 on 11-20 180,000; gained 80,000
        // list 1, RMB: members C3, C5; both contacted; neither converted; before 50,000 (C3 11-11) + 0 (C5 new);
        //   after 40,000 + 20,000 = 60,000; gained 10,000
        // list 1, no manager: C4, contacted only after the business date
        // list 2 (up to 11-10), RMA: C1, C2 contacted 11-03; C2 converted (WM9 first held 11-06); before 0 + 0
        //   (no figures before 11-03); after C1 on 11-05 150,000 + C2 none up to 11-10 0; gained 150,000
        // list 2, RMB: C3 contacted 11-04, WM9 only after the window; no figures up to 11-10
        assertThat(results()).containsExactlyInAnyOrder(
                "1|-|1|0|0|0.00|0.00|0.00",
                "1|RMA|2|1|1|100000.00|180000.00|80000.00",
                "1|RMB|2|2|0|50000.00|60000.00|10000.00",
                "2|RMA|2|2|1|0.00|150000.00|150000.00",
                "2|RMB|1|1|0|0.00|0.00|0.00");
    }

    @Test
    void measureWhenDateRunAgainThenRowsReplacedExactly() {
        ListResults results = new ListResults(jdbc);
        results.measure(DATE);
        List<String> first = results();

        results.measure(DATE);

        assertThat(results()).isEqualTo(first).hasSize(5);
    }

    private static List<String> results() {
        return jdbc.queryForList("select list_id || '|' || staff_id || '|' || members || '|' || contacted || '|'"
                + " || converted || '|' || aum_before || '|' || aum_after || '|' || aum_gained from target_list_result"
                + " where biz_date = ?", String.class, DATE).stream().sorted().toList();
    }

    private static void list(long id, String status, String category, String product, String start, String end,
                             String... members) {
        jdbc.update("insert into target_list (list_id, list_name, owner_org, owner_path, created_by, criteria,"
                + " prod_category, prod_code, start_date, end_date, status, created_at) values (?, 'L', 'B1',"
                + " '/HO/R1/B1/', 'bm', '{}', ?, ?, cast(? as date), cast(? as date), ?, current_timestamp)",
                id, category, product, start, end, status);
        for (String member : members) {
            jdbc.update("insert into target_list_member (list_id, cust_id, reason, first_added_biz_date,"
                    + " last_seen_biz_date) values (?, ?, 'r', date '2026-11-01', date '2026-11-20')", id, member);
        }
    }

    private static void contact(long listId, String custId, String at) {
        jdbc.update("insert into target_list_contact (list_id, cust_id, staff_id, outcome, contacted_at)"
                + " values (?, ?, 'RMA', 'REACHED', cast(? as timestamp))", listId, custId, at);
    }

    private static void confirm(String no, String custId, String fund, String bizCode, String date) {
        jdbc.update("insert into fund_confirm (confirm_no, confirm_date, cust_id, ta_acct, fund_code, biz_code,"
                + " confirm_amount) values (?, cast(? as date), ?, 'T', ?, ?, 1000)", no, date, custId, fund, bizCode);
    }

    private static void holding(String custId, String product, String date) {
        jdbc.update("insert into wm_holding (hold_date, cust_id, prod_code, shares, market_value_cny)"
                + " values (cast(? as date), ?, ?, 1, 1000)", date, custId, product);
    }
}
