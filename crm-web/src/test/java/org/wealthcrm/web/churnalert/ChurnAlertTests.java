package org.wealthcrm.web.churnalert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;
import org.wealthcrm.web.CrmWebTest;
import org.wealthcrm.web.TestFixture;
import org.wealthcrm.web.scope.DataScope;
import org.wealthcrm.web.scope.DataScopes;
import org.wealthcrm.web.scope.OutOfScopeException;

/**
 * Alerts besides the fixture's C006 (RM004, S020101, AUM 45,000, open): C001 RM001 S010101 8,200,000 open,
 * C003 RM002 S010101 620,000 acknowledged, C004 RM003 S010102 98,000 open, C005 RM005 S010201 2,300,000 open,
 * C002 RM001 1,250,000.50 closed (never counted).
 */
@CrmWebTest
@Transactional
class ChurnAlertTests {

    @Autowired
    AlertOverview overview;
    @Autowired
    ChurnAlertDesk desk;
    @Autowired
    DataScopes scopes;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WebApplicationContext context;
    @Autowired
    UserDetailsService users;

    private DataScope scope(String username, String role) {
        return scopes.forUser(username, List.of("ROLE_" + role));
    }

    private void alert(String custId, String staffId, String branch, String aum, String status) {
        jdbc.update("insert into churn_alert (biz_date, cust_id, staff_id, branch_code, tier, aum, churn_score,"
                + " churn_reasons, status) values (date '2026-11-20', ?, ?, ?, 'VIP2', cast(? as numeric), 0.7,"
                + " 'DAYS_SINCE_CONTACT=60', ?)", custId, staffId, branch, aum, status);
    }

    private long alertOf(String custId) {
        return jdbc.queryForObject("select alert_id from churn_alert where cust_id = ?", Long.class, custId);
    }

    @BeforeEach
    void alerts() {
        alert("C001", "RM001", "S010101", "8200000", "OPEN");
        alert("C003", "RM002", "S010101", "620000", "ACKED");
        alert("C004", "RM003", "S010102", "98000", "OPEN");
        alert("C005", "RM005", "S010201", "2300000", "OPEN");
        alert("C002", "RM001", "S010101", "1250000.50", "CLOSED");
    }

    @Test
    void overviewWhenHeadOfficeThenRegionsWithCountsAndAumAtRisk() {
        AlertOverview.Overview bank = overview.overview(scope("hq1", "HEAD_OFFICE"), null);

        // R01: C001 + C003 + C004 + C005 = 8,200,000 + 620,000 + 98,000 + 2,300,000 = 11,218,000; R02: C006 45,000
        assertThat(bank.rows()).extracting(AlertOverview.Row::getDrillOrg, AlertOverview.Row::getAlerts,
                        r -> r.getAumAtRisk().toPlainString())
                .containsExactly(tuple("R01", 4, "11218000.00"), tuple("R02", 1, "45000.00"));
        assertThat(bank.total().getAlerts()).isEqualTo(5);
        assertThat(bank.total().getAumAtRisk()).isEqualByComparingTo("11263000");
    }

    @Test
    void overviewWhenDrillingRegionThenBranchesThenManagers() {
        // R01 -> B0101: C001 + C003 + C004 = 8,918,000; B0102: C005 2,300,000
        assertThat(overview.overview(scope("rgm1", "REGIONAL_MANAGER"), null).rows())
                .extracting(AlertOverview.Row::getName, AlertOverview.Row::getAlerts, AlertOverview.Row::getAumAtRisk)
                .containsExactly(tuple("上海分行", 3, new BigDecimal("8918000.00")),
                        tuple("杭州分行", 1, new BigDecimal("2300000.00")));
        // B0101 by manager
        AlertOverview.Overview branch = overview.overview(scope("rgm1", "REGIONAL_MANAGER"), "B0101");
        assertThat(branch.byManager()).isTrue();
        assertThat(branch.parent().orgCode()).isEqualTo("R01");
        assertThat(branch.rows()).extracting(AlertOverview.Row::getName, AlertOverview.Row::getAumAtRisk)
                .containsExactlyInAnyOrder(tuple("张伟", new BigDecimal("8200000.00")),
                        tuple("李娜", new BigDecimal("620000.00")), tuple("王芳", new BigDecimal("98000.00")));
    }

    @Test
    void overviewWhenOutsideScopeOrRelationshipManagerThenRefused() {
        assertThatThrownBy(() -> overview.overview(scope("bm1", "BRANCH_MANAGER"), "R01"))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> overview.overview(scope("rgm1", "REGIONAL_MANAGER"), "R02"))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> overview.overview(scope("rm1", "RM"), null)).isInstanceOf(OutOfScopeException.class);
        // the branch manager's own branch: no parent link above the scope
        assertThat(overview.overview(scope("bm1", "BRANCH_MANAGER"), null).parent()).isNull();
    }

    @Test
    void handleWhenOwnAlertThenAcknowledgedThenClosedAndOthersRefused() {
        DataScope rm1 = scope("rm1", "RM");
        // rm1 manages C001, C002 (main) and C005 (assisting): open alerts C001, C005
        assertThat(desk.alerts(rm1, false)).extracting(ChurnAlertRows.Alert::custId)
                .containsExactlyInAnyOrder("C001", "C005");

        desk.acknowledge(rm1, alertOf("C001"));
        desk.close(rm1, alertOf("C005"), "客户已续存");

        assertThat(jdbc.queryForList("select cust_id || ' ' || status || ' ' || coalesce(handle_note, '-')"
                + " || ' ' || handled_by from churn_alert where cust_id in ('C001', 'C005') order by cust_id",
                String.class)).containsExactly("C001 ACKED - RM001", "C005 CLOSED 客户已续存 RM001");
        assertThat(jdbc.queryForObject("select count(*) from data_change_log where table_name = 'churn_alert'",
                Integer.class)).isEqualTo(2);
        assertThatThrownBy(() -> desk.acknowledge(rm1, alertOf("C004"))).isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> desk.close(scope("cmp1", "COMPLIANCE"), alertOf("C004"), null))
                .isInstanceOf(OutOfScopeException.class);
    }

    @Test
    void pageWhenHeadOfficeThenReasonsInWordsAndClosedLeftOut() throws Exception {
        TestFixture.mockMvc(context).perform(get("/churn-alerts").with(user(users.loadUserByUsername("hq1"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("90天内AUM下降12.5%")))
                .andExpect(content().string(containsString("75天未联系")))
                .andExpect(content().string(not(containsString("李四"))));
        TestFixture.mockMvc(context).perform(get("/churn-alerts/overview").param("org", "R01")
                        .with(user(users.loadUserByUsername("hq1"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("8,918,000.00")));
    }
}
