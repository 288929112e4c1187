package org.wealthcrm.web.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.wealthcrm.web.Fixture.LATEST;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.wealthcrm.web.CrmWebTest;
import org.wealthcrm.web.TestCustomers;
import org.wealthcrm.web.scope.DataScope;
import org.wealthcrm.web.scope.DataScopes;
import org.wealthcrm.web.scope.OutOfScopeException;

@CrmWebTest
@Transactional
class ServiceRecordsTests {

    private static final LocalDateTime VISIT = LocalDateTime.of(2026, 11, 20, 15, 30);

    @Autowired
    ServiceRecords records;

    @Autowired
    DataScopes scopes;

    @Autowired
    JdbcTemplate jdbc;

    private DataScope scope(String username, String role) {
        return scopes.forUser(username, List.of("ROLE_" + role));
    }

    private ServiceRecord visit(String custId, String staffId) {
        return new ServiceRecord(custId, staffId, "VISIT", VISIT, "  上门讲解养老规划  ", "INTENT",
                LocalDate.of(2026, 12, 1));
    }

    @Test
    void recordWhenOwnCustomerThenStoredListedAndLogged() {
        long id = records.record(scope("rm1", "RM"), visit("C001", "RM001"));

        List<ServiceRecordRow> rows = records.forCustomer(scope("rm1", "RM"), "C001");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).recordId()).isEqualTo(id);
        assertThat(rows.get(0).content()).isEqualTo("上门讲解养老规划");
        assertThat(rows.get(0).staffName()).isEqualTo("张伟");
        assertThat(rows.get(0).nextContactDate()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(jdbc.queryForList("select field_name || '=' || new_value from data_change_log"
                + " where table_name = 'service_record' and record_key = ? order by seq", String.class, "" + id))
                .containsExactly("cust_id=C001", "service_type=VISIT", "served_at=2026-11-20T15:30",
                        "content=上门讲解养老规划", "outcome=INTENT", "next_contact_date=2026-12-01");
    }

    @Test
    void recordWhenAnotherRelationshipManagersCustomerThenRefused() {
        assertThatThrownBy(() -> records.record(scope("rm1", "RM"), visit("C003", "RM001")))
                .isInstanceOf(OutOfScopeException.class).hasMessage("无权访问该客户");
        assertThat(jdbc.queryForObject("select count(*) from service_record where cust_id = 'C003'", Integer.class))
                .isZero();
    }

    @Test
    void recordWhenInTheNameOfAnotherStaffThenRefused() {
        assertThatThrownBy(() -> records.record(scope("rm1", "RM"), visit("C001", "RM002")))
                .isInstanceOf(OutOfScopeException.class);
    }

    @Test
    void recordWhenComplianceThenRefusedAsReadOnly() {
        assertThatThrownBy(() -> records.record(scope("cmp1", "COMPLIANCE"), visit("C001", "CMP01")))
                .isInstanceOf(OutOfScopeException.class);
    }

    @Test
    void recordWhenPoolCustomerThenRefusedEvenForBranchManager() {
        TestCustomers.customer(jdbc, "P01", "公海客户", "S010101");
        TestCustomers.pooled(jdbc, "P01", "P", LATEST, "RM001");
        assertThatThrownBy(() -> records.record(scope("bm1", "BRANCH_MANAGER"), visit("P01", "BM001")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("公海客户不可编辑，请先领取");
    }

    @Test
    void recordWhenOutcomeNotInDictionaryThenRefused() {
        ServiceRecord unknown = new ServiceRecord("C001", "RM001", "VISIT", VISIT, "拜访", "MAYBE", null);
        assertThatThrownBy(() -> records.record(scope("rm1", "RM"), unknown))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("服务结果无效：MAYBE");
    }

    @Test
    void newServiceRecordWhenTypeOutcomeOrTimeMissingThenRefused() {
        assertThatThrownBy(() -> new ServiceRecord("C001", "RM001", " ", VISIT, "拜访", "DEAL", null))
                .hasMessage("请选择服务方式");
        assertThatThrownBy(() -> new ServiceRecord("C001", "RM001", "CALL", VISIT, "拜访", null, null))
                .hasMessage("请选择服务结果");
        assertThatThrownBy(() -> new ServiceRecord("C001", "RM001", "CALL", null, "拜访", "DEAL", null))
                .hasMessage("请填写服务时间");
        assertThatThrownBy(() -> new ServiceRecord("C001", "RM001", "CALL", VISIT, "拜访", "DEAL",
                LocalDate.of(2026, 11, 19))).hasMessage("下次联系日期不能早于服务日期");
    }
}
