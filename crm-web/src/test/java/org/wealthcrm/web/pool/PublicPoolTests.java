package org.wealthcrm.web.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.wealthcrm.web.Fixture.LATEST;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.wealthcrm.web.CrmWebTest;
import org.wealthcrm.web.TestCustomers;
import org.wealthcrm.web.scope.DataScope;
import org.wealthcrm.web.scope.DataScopes;

@CrmWebTest
@Transactional
class PublicPoolTests {

    @Autowired
    PublicPool pool;

    @Autowired
    DataScopes scopes;

    @Autowired
    JdbcTemplate jdbc;

    private DataScope scope(String username, String role) {
        return scopes.forUser(username, List.of("ROLE_" + role));
    }

    private void poolOf(int count, String prefix, LocalDate entered, String previousOwner) {
        for (int i = 1; i <= count; i++) {
            String id = prefix + String.format("%02d", i);
            TestCustomers.customer(jdbc, id, "公海客户" + i, "S010101");
            TestCustomers.pooled(jdbc, id, "P", entered, previousOwner);
        }
    }

    private String mainManager(String custId) {
        return jdbc.queryForList("select staff_id from customer_manager where cust_id = ? and rel_type = 'M'",
                String.class, custId).stream().findFirst().orElse(null);
    }

    @Test
    void returnOverdueWhenLastContactNinetyDaysBeforeThenReturnsAndEightyNineDaysStays() {
        TestCustomers.customer(jdbc, "T90", "九十天", "S010101");
        TestCustomers.manager(jdbc, "T90", "RM001", "M", 100, LocalDate.of(2020, 1, 1));
        TestCustomers.served(jdbc, "T90", "RM001", LocalDate.of(2026, 8, 22));
        TestCustomers.customer(jdbc, "T89", "八十九天", "S010101");
        TestCustomers.manager(jdbc, "T89", "RM001", "M", 100, LocalDate.of(2020, 1, 1));
        TestCustomers.served(jdbc, "T89", "RM001", LocalDate.of(2026, 8, 23));

        pool.returnOverdue(LATEST);

        assertThat(mainManager("T90")).isNull();
        assertThat(jdbc.queryForMap("select state, entered_date, previous_owner from customer_pool where cust_id = 'T90'"))
                .containsEntry("state", "P").containsEntry("previous_owner", "RM001")
                .containsEntry("entered_date", java.sql.Date.valueOf(LATEST));
        assertThat(jdbc.queryForObject("select move_type || ':' || from_staff from customer_move where cust_id = 'T90'",
                String.class)).isEqualTo("RETURN:RM001");
        assertThat(jdbc.queryForObject("select count(*) from data_change_log where record_key = 'T90'"
                + " and field_name = 'main_manager' and old_value = 'RM001' and new_value is null", Integer.class))
                .isEqualTo(1);
        assertThat(mainManager("T89")).isEqualTo("RM001");
        assertThat(jdbc.queryForObject("select staff_id || ' ' || return_date from pool_warning"
                + " where cust_id = 'T89' and biz_date = ?", String.class, LATEST)).isEqualTo("RM001 2026-11-21");
    }

    @Test
    void returnOverdueWhenRunTwiceForSameDateThenSecondRunMovesNothing() {
        TestCustomers.customer(jdbc, "T91", "九十一天", "S010101");
        TestCustomers.manager(jdbc, "T91", "RM001", "M", 100, LocalDate.of(2026, 8, 21));
        assertThat(pool.returnOverdue(LATEST)).isPositive();
        assertThat(pool.returnOverdue(LATEST)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from customer_move where cust_id = 'T91'", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void claimWhenEleventhHeldCustomerThenRefused() {
        poolOf(11, "Q", LATEST.minusDays(60), "RM004");
        DataScope rm1 = scope("rm1", "RM");
        for (int i = 1; i <= 10; i++) {
            pool.claim(rm1, "Q" + String.format("%02d", i), LATEST.plusDays(i));
        }
        assertThat(mainManager("Q10")).isEqualTo("RM001");
        assertThatThrownBy(() -> pool.claim(rm1, "Q11", LATEST.plusDays(11)))
                .isInstanceOf(PoolRefusedException.class).hasMessage("已持有10位公海领取的客户，不能再领取");
        assertThat(mainManager("Q11")).isNull();
    }

    @Test
    void claimWhenSixthOnSameBusinessDateThenRefused() {
        poolOf(6, "D", LATEST.minusDays(60), "RM004");
        DataScope rm1 = scope("rm1", "RM");
        for (int i = 1; i <= 5; i++) {
            pool.claim(rm1, "D0" + i, LATEST);
        }
        assertThatThrownBy(() -> pool.claim(rm1, "D06", LATEST))
                .isInstanceOf(PoolRefusedException.class).hasMessage("今日已领取5位客户，达到每日上限");
        pool.claim(rm1, "D06", LATEST.plusDays(1));
        assertThat(mainManager("D06")).isEqualTo("RM001");
    }

    @Test
    void claimWhenPreviousOwnerWithinCoolDownThenRefusedAndOthersMayClaim() {
        poolOf(2, "K", LATEST.minusDays(29), "RM001");
        assertThatThrownBy(() -> pool.claim(scope("rm1", "RM"), "K01", LATEST))
                .isInstanceOf(PoolRefusedException.class).hasMessage("原客户经理须等到 2026-11-21 后才能重新领取该客户");
        pool.claim(scope("rm2", "RM"), "K01", LATEST);
        assertThat(mainManager("K01")).isEqualTo("RM002");
        pool.claim(scope("rm1", "RM"), "K02", LATEST.plusDays(1));
        assertThat(mainManager("K02")).isEqualTo("RM001");
        assertThat(jdbc.queryForObject("select move_type || ':' || to_staff || ':' || moved_by from customer_move"
                + " where cust_id = 'K02'", String.class)).isEqualTo("CLAIM:RM001:RM001");
    }

    @Test
    void claimWhenCustomerOfAnotherBranchPoolThenRefused() {
        TestCustomers.customer(jdbc, "G01", "广州客户", "S020101");
        TestCustomers.pooled(jdbc, "G01", "P", LATEST.minusDays(60), "RM004");
        assertThatThrownBy(() -> pool.claim(scope("rm1", "RM"), "G01", LATEST))
                .isInstanceOf(PoolRefusedException.class).hasMessage("客户 G01 不在您可见的公海中");
    }

    @Test
    void assignWhenBranchManagerThenAllGoToTheRmAndRmMayNotAssign() {
        poolOf(2, "A", LATEST.minusDays(5), "RM003");
        assertThatThrownBy(() -> pool.assign(scope("rm1", "RM"), List.of("A01"), "RM001", LATEST))
                .isInstanceOf(PoolRefusedException.class);
        assertThatThrownBy(() -> pool.assign(scope("bm1", "BRANCH_MANAGER"), List.of("A01"), "RM004", LATEST))
                .isInstanceOf(PoolRefusedException.class).hasMessage("只能分配给本机构在岗的客户经理或团队长");

        pool.assign(scope("bm1", "BRANCH_MANAGER"), List.of("A01", "A02"), "RM002", LATEST);

        assertThat(mainManager("A01")).isEqualTo("RM002");
        assertThat(mainManager("A02")).isEqualTo("RM002");
        assertThat(jdbc.queryForObject("select count(*) from customer_move where move_type = 'ASSIGN'"
                + " and moved_by = 'BM001' and to_staff = 'RM002'", Integer.class)).isEqualTo(2);
    }

    @Test
    void assignWhenOneCustomerNotInPoolThenNoneAssigned() {
        poolOf(1, "E", LATEST.minusDays(5), "RM003");
        assertThatThrownBy(() -> pool.assign(scope("bm1", "BRANCH_MANAGER"), List.of("E01", "C001"), "RM002",
                LATEST)).isInstanceOf(PoolRefusedException.class).hasMessage("客户 C001 不在您可见的公海中");
        assertThat(mainManager("E01")).isNull();
    }

    @Test
    void discardThenRestoreWhenManagerThenCustomerLeavesAndReturnsToPool() {
        poolOf(1, "B", LATEST.minusDays(5), "RM003");
        DataScope bm1 = scope("bm1", "BRANCH_MANAGER");
        assertThatThrownBy(() -> pool.discard(scope("rm1", "RM"), List.of("B01"), "空号", LATEST))
                .isInstanceOf(PoolRefusedException.class);

        pool.discard(bm1, List.of("B01"), "空号", LATEST);
        assertThat(pool.list(bm1, "P", LATEST)).extracting(PoolRows.Pooled::custId).doesNotContain("B01");
        assertThat(pool.list(bm1, "D", LATEST)).extracting(PoolRows.Pooled::custId).containsExactly("B01");
        assertThatThrownBy(() -> pool.claim(scope("rm1", "RM"), "B01", LATEST))
                .isInstanceOf(PoolRefusedException.class).hasMessage("客户 B01 在回收站中");

        pool.restore(bm1, List.of("B01"), LATEST);
        assertThat(pool.list(bm1, "P", LATEST)).extracting(PoolRows.Pooled::custId).contains("B01");
        assertThat(jdbc.queryForList("select move_type from customer_move where cust_id = 'B01' order by move_id",
                String.class)).containsExactly("DISCARD", "RESTORE");
    }

    @Test
    void listWhenRelationshipManagerThenBranchPoolWithPhonesAndIdNumbersMasked() {
        poolOf(1, "M", LATEST.minusDays(5), "RM003");
        List<PoolRows.Pooled> rows = pool.list(scope("rm1", "RM"), "P", LATEST);
        assertThat(rows).extracting(PoolRows.Pooled::custId).containsExactly("M01");
        assertThat(rows.get(0).mobile()).isEqualTo("138****0001");
        assertThat(rows.get(0).idNo()).isEqualTo("310101********0001");
        assertThat(pool.list(scope("rm1", "RM"), "P", LATEST)).hasSize(1);
        assertThat(pool.list(scope("ops1", "OPERATIONS"), "P", LATEST)).isEmpty();
    }
}
