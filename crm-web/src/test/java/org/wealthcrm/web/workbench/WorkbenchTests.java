package org.wealthcrm.web.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.wealthcrm.web.Fixture.LATEST;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mybatis.spring.SqlSessionTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.wealthcrm.web.CrmWebTest;
import org.wealthcrm.web.TestCustomers;
import org.wealthcrm.web.pool.PublicPool;
import org.wealthcrm.web.scope.DataScope;
import org.wealthcrm.web.scope.DataScopes;

@CrmWebTest
@Transactional
class WorkbenchTests {

    /** The calendar day after the latest published business date. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    @Autowired
    Workbench workbench;

    @Autowired
    PublicPool pool;

    @Autowired
    DataScopes scopes;

    @Autowired
    JdbcTemplate jdbc;

    /** MyBatis caches a statement's rows within the test's transaction; cleared after changes made with JDBC. */
    @Autowired
    SqlSessionTemplate mybatis;

    private DataScope scope(String username, String role) {
        return scopes.forUser(username, List.of("ROLE_" + role));
    }

    private void task(String custId, String assignee, String due) {
        jdbc.update("insert into crm_task (kind, cust_id, title, due_at, creator_id, assignee_id, status, created_at)"
                + " values ('TASK', ?, '回访', cast(? as timestamp), 'TL001', ?, 'OPEN', current_timestamp)",
                custId, due, assignee);
    }

    private void alert(String custId, String status) {
        jdbc.update("insert into churn_alert (biz_date, cust_id, staff_id, branch_code, tier, aum, churn_score, status)"
                + " values (?, ?, 'RM001', 'S010101', 'VIP1', 1, 0.5, ?)", LATEST, custId, status);
    }

    @Test
    void countsWhenRelationshipManagerThenEachListCountedWithinScope() {
        task("C001", "RM001", "2026-11-21 09:00:00");
        task(null, "RM001", "2026-11-21 23:59:00");
        task("C002", "RM001", "2026-11-20 17:00:00");
        task("C003", "RM002", "2026-11-21 09:00:00");
        TestCustomers.served(jdbc, "C002", "RM001", LocalDate.of(2026, 11, 1));
        jdbc.update("update service_record set next_contact_date = date '2026-11-15' where cust_id = 'C002'");
        jdbc.update("update customer set birth_date = date '1980-11-30' where cust_id = 'C005'");
        jdbc.update("update account set maturity_date = date '2026-12-20' where acct_no = '6222000000000002'");
        alert("C001", "OPEN");
        alert("C002", "CLOSED");

        Map<WorkItemKind, Integer> counts = workbench.counts(scope("rm1", "RM"), TODAY, LATEST);

        assertThat(counts).containsEntry(WorkItemKind.TODAY_TASKS, 2)
                .containsEntry(WorkItemKind.OVERDUE_TASKS, 1)
                .containsEntry(WorkItemKind.OVERDUE_FOLLOW_UPS, 1)
                .containsEntry(WorkItemKind.CHURN_ALERTS, 1)
                .containsEntry(WorkItemKind.BIRTHDAYS, 1)
                .containsEntry(WorkItemKind.TD_MATURING, 1)
                .containsEntry(WorkItemKind.WEALTH_MATURING, 0);
        assertThat(workbench.list(scope("rm1", "RM"), WorkItemKind.TD_MATURING, TODAY, LATEST))
                .containsExactly(new WorkItem("C001", "张三", "6222000000000002", LocalDate.of(2026, 12, 20),
                        new BigDecimal("3000000.00")));
    }

    @Test
    void listWhenTargetListMembersThenUncontactedInScopeMembersOfRunningPublishedListsOnly() {
        jdbc.update("insert into target_list (list_id, list_name, owner_org, owner_path, created_by, criteria,"
                + " start_date, end_date, status, refreshed_biz_date, created_at) values (9001, '年末理财营销', 'B0101',"
                + " '/HO000/R01/B0101/', 'bm1', '{}', date '2026-11-01', date '2026-12-31', 'PUBLISHED', ?,"
                + " current_timestamp)", LATEST);
        for (String custId : List.of("C001", "C002", "C003", "C005")) {
            jdbc.update("insert into target_list_member (list_id, cust_id, reason, first_added_biz_date,"
                    + " last_seen_biz_date) values (9001, ?, '资产达标', ?, ?)", custId, LATEST,
                    "C005".equals(custId) ? LATEST.minusDays(1) : LATEST);
        }
        jdbc.update("insert into target_list_contact (list_id, cust_id, staff_id, outcome, contacted_at)"
                + " values (9001, 'C002', 'RM001', 'REACHED', current_timestamp)");

        assertThat(workbench.list(scope("rm1", "RM"), WorkItemKind.TARGET_MEMBERS, TODAY, LATEST))
                .extracting(WorkItem::custId, WorkItem::detail).containsExactly(tuple("C001", "年末理财营销"));
        assertThat(workbench.counts(scope("rm1", "RM"), LocalDate.of(2027, 1, 1), LATEST))
                .containsEntry(WorkItemKind.TARGET_MEMBERS, 0);
    }

    @Test
    void listWhenDepositMaturedOnTheBusinessDateButBeforeTodayThenNotListedAsComing() {
        // data of 11-20, calendar 11-21: a deposit maturing on 11-20 has matured already
        jdbc.update("update account set maturity_date = date '2026-11-20' where acct_no = '6222000000000002'");
        assertThat(workbench.list(scope("rm1", "RM"), WorkItemKind.TD_MATURING, TODAY, LATEST)).isEmpty();
        jdbc.update("update account set maturity_date = date '2026-11-21' where acct_no = '6222000000000002'");
        mybatis.clearCache();
        assertThat(workbench.list(scope("rm1", "RM"), WorkItemKind.TD_MATURING, TODAY, LATEST))
                .extracting(WorkItem::itemDate).containsExactly(LocalDate.of(2026, 11, 21));
    }

    @Test
    void listWhenWealthProductEndsWithinThirtyDaysThenShownAndThirtyOneDaysNot() {
        jdbc.update("update product set end_date = date '2026-12-20' where prod_code = 'WM001'");
        assertThat(workbench.list(scope("rm1", "RM"), WorkItemKind.WEALTH_MATURING, TODAY, LATEST))
                .extracting(WorkItem::custId, WorkItem::detail).containsExactly(
                        tuple("C001", "稳健增利30天理财"));
        jdbc.update("update product set end_date = date '2026-12-21' where prod_code = 'WM001'");
        mybatis.clearCache();
        assertThat(workbench.list(scope("rm1", "RM"), WorkItemKind.WEALTH_MATURING, TODAY, LATEST)).isEmpty();
    }

    @Test
    void listWhenCustomerReturnsTomorrowThenOnItsRmsWorkbenchUntilFollowedUp() {
        TestCustomers.customer(jdbc, "W89", "明日退回", "S010101");
        TestCustomers.manager(jdbc, "W89", "RM001", "M", 100, LocalDate.of(2026, 8, 23));
        pool.returnOverdue(LATEST);

        assertThat(workbench.list(scope("rm1", "RM"), WorkItemKind.RETURNING_TOMORROW, TODAY, LATEST))
                .extracting(WorkItem::custId, WorkItem::itemDate)
                .containsExactly(tuple("W89", LocalDate.of(2026, 11, 21)));
        assertThat(workbench.counts(scope("rm2", "RM"), TODAY, LATEST))
                .containsEntry(WorkItemKind.RETURNING_TOMORROW, 0);

        TestCustomers.served(jdbc, "W89", "RM001", TODAY);
        mybatis.clearCache();
        assertThat(workbench.list(scope("rm1", "RM"), WorkItemKind.RETURNING_TOMORROW, TODAY, LATEST)).isEmpty();
    }
}
