package org.wealthcrm.web.cockpit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;
import org.wealthcrm.web.CrmWebTest;
import org.wealthcrm.web.TestFixture;

/** 我的驾驶舱 (/cockpit/me): one's own book, holders vs empty positions, churn alerts, list progress. */
@CrmWebTest
class ManagerCockpitTests {

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = TestFixture.mockMvc(context);
    }

    @Test
    @WithUserDetails("rm1")
    void pageWhenRmThenOwnBookMatchesTheMart() throws Exception {
        // rm1's book (main or assisting): C001 8,200,000 + C002 1,250,000.50 + C005 2,300,000 = 11,750,000.50
        BigDecimal mart = jdbc.queryForObject("select sum(aum) from customer_metrics where biz_date = date '2026-11-20'"
                + " and cust_id in (select cust_id from customer_manager where staff_id = 'RM001')", BigDecimal.class);
        assertThat(mart).isEqualByComparingTo("11750000.50");
        // the RM's KPI row: MoM 150,000.50 / 9,300,000 = 1.61 %, YoY 1,450,000.50 / 8,000,000 = 18.13 %
        mvc.perform(get("/cockpit/me").param("date", "2026-11-20"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"book-customers\">3<")))
                .andExpect(content().string(containsString("id=\"book-aum\">11,750,000.50<")))
                .andExpect(content().string(containsString("id=\"my-mom\">1.61% / 18.13%<")))
                .andExpect(content().string(containsString("id=\"my-month-avg\">9,340,000.17<")))
                .andExpect(content().string(containsString("暂无流失预警客户")));
    }

    @Test
    @WithUserDetails("hq1")
    void positionsWhenHeadOfficeThenHoldersAndEmptyMatchTheMart() throws Exception {
        // all 8 customers of 2026-11-20 have AUM > 0 and at least one category (C008: 800 on DD)
        Integer holders = jdbc.queryForObject("select count(*) from customer_metrics where biz_date = date"
                + " '2026-11-20' and aum > 0 and coverage > 0", Integer.class);
        assertThat(holders).isEqualTo(8);
        mvc.perform(get("/api/cockpit/me/positions").param("date", "2026-11-20"))
                .andExpect(jsonPath("$[0].name").value("有持仓"))
                .andExpect(jsonPath("$[0].customers").value(holders))
                .andExpect(jsonPath("$[0].aum").value(12526146.17))
                .andExpect(jsonPath("$[1].name").value("空仓"))
                .andExpect(jsonPath("$[1].customers").value(0));
    }

    @Test
    @Transactional
    @WithUserDetails("hq1")
    void pageWhenHeadOfficeThenOpenAlertsOfTheChurnAlertTable() throws Exception {
        alert("2026-11-20", "C004", "RM003", "VIP4", "0.3000", "ACKED");
        alert("2026-11-20", "C007", "RM004", "MASS", "0.9000", "CLOSED");
        alert("2026-11-21", "C003", "RM002", "VIP3", "0.8000", "OPEN");
        // open on 11-20: fixture C006 (OPEN, 0.6000) then C004 (ACKED, 0.3000, below any score threshold: the
        // panel shows what the night raised); C007 is closed, C003 raised only on 11-21
        String page = mvc.perform(get("/cockpit/me").param("date", "2026-11-20"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("data-cust=\"C007\"", "data-cust=\"C003\"", "流失概率 ≥");
        assertThat(page.indexOf("data-cust=\"C006\"")).isPositive().isLessThan(page.indexOf("data-cust=\"C004\""));
        String c004 = page.substring(page.indexOf("data-cust=\"C004\""));
        assertThat(c004.substring(0, c004.indexOf("</tr>"))).contains("0.3000", "跟进中");
    }

    @Test
    @Transactional
    @WithUserDetails("rm2")
    void pageWhenRmThenOnlyAlertsOfOwnCustomers() throws Exception {
        alert("2026-11-20", "C003", "RM002", "VIP3", "0.8000", "OPEN");
        // rm2's book is C003 only: its alert shows, C006's (RM004) does not
        mvc.perform(get("/cockpit/me").param("date", "2026-11-20"))
                .andExpect(content().string(containsString("data-cust=\"C003\"")))
                .andExpect(content().string(not(containsString("data-cust=\"C006\""))));
    }

    @Test
    @Transactional
    @WithUserDetails("rm1")
    void pageWhenRmHasTargetsThenOwnCompletionAsOfTheDate() throws Exception {
        goal("AUM_GROWTH", "S", "RM001", "1000000");
        goal("SALES", "S", "RM001", "200000");
        goal("NEW_VIP", "S", "RM001", "4");
        goal("SALES", "S", "RM002", "777000");
        goal("SALES", "O", "S010101", "888000");
        completion("2026-11-19", "AUM_GROWTH", "RM001", "100000");
        completion("2026-11-20", "AUM_GROWTH", "RM001", "250000");
        completion("2026-11-20", "SALES", "RM001", "300000");
        completion("2026-11-21", "AUM_GROWTH", "RM001", "999999");
        // as of 11-20: AUM growth 250,000 / 1,000,000 = 25.0 %; sales 300,000 / 200,000 = 150.0 % (bar full);
        // new VIP nothing computed: 0 / 4 = 0.0 %. RM002's and the team's targets are not rm1's
        String page = mvc.perform(get("/cockpit/me").param("date", "2026-11-20"))
                .andReturn().getResponse().getContentAsString();
        String goals = page.substring(page.indexOf("id=\"goals\""));
        goals = goals.substring(0, goals.indexOf("</table>"));
        assertThat(goals).contains("href=\"/goals\"", "1,000,000.00 元", "250,000.00 元", ">25.0%<",
                        "200,000.00 元", "300,000.00 元", ">150.0%<", "width:100%", "4 户", "0 户", ">0.0%<")
                .doesNotContain("777,000.00", "888,000.00", "999,999");
        assertThat(goals.indexOf("AUM_GROWTH")).isLessThan(goals.indexOf("SALES"));
    }

    @Test
    @Transactional
    @WithUserDetails("tl1")
    void pageWhenTeamLeadThenTheTeamsTargets() throws Exception {
        goal("SALES", "O", "S010101", "800000");
        goal("SALES", "S", "RM001", "500000");
        completion("2026-11-20", "SALES", "S010101", "200000");
        // team S010101: 200,000 / 800,000 = 25.0 %; RM001's own target is not the team's
        String page = mvc.perform(get("/cockpit/me").param("date", "2026-11-20"))
                .andReturn().getResponse().getContentAsString();
        String goals = page.substring(page.indexOf("id=\"goals\""));
        assertThat(goals.substring(0, goals.indexOf("</table>")))
                .contains("800,000.00 元", "200,000.00 元", ">25.0%<").doesNotContain("500,000.00");
    }

    @Test
    @Transactional
    @WithUserDetails("rm1")
    void pageWhenListRunningThenMembersInScopeAndContacted() throws Exception {
        jdbc.update("insert into target_list (list_id, list_name, owner_org, owner_path, created_by, criteria,"
                + " start_date, end_date, status, created_at) values (9901, '季末理财名单', 'HO000', '/HO000/', 'hq1',"
                + " '{}', date '2026-11-01', date '2026-12-31', 'PUBLISHED', timestamp '2026-11-01 09:00:00')");
        for (String cust : new String[] {"C001", "C002", "C004"}) {
            jdbc.update("insert into target_list_member values (9901, ?, 'x', date '2026-11-20', date '2026-11-20')",
                    cust);
        }
        jdbc.update("insert into target_list_contact (list_id, cust_id, staff_id, outcome, contacted_at) values"
                + " (9901, 'C001', 'RM001', 'REACHED', timestamp '2026-11-20 10:00:00'),"
                + " (9901, 'C001', 'RM001', 'INTERESTED', timestamp '2026-11-20 15:00:00')");
        // rm1 sees C001 and C002 (C004 is RM003's); C001 contacted twice counts once: 1 of 2 = 50.00 %
        String page = mvc.perform(get("/cockpit/me").param("date", "2026-11-20"))
                .andReturn().getResponse().getContentAsString();
        String row = page.substring(page.indexOf("data-list=\"9901\""));
        assertThat(row.substring(0, row.indexOf("</tr>")))
                .contains("季末理财名单", "<td class=\"text-end\">2</td>", "1（50.00%）");
    }

    private void alert(String date, String cust, String staff, String tier, String score, String status) {
        jdbc.update("insert into churn_alert (biz_date, cust_id, staff_id, branch_code, tier, aum, churn_score, status)"
                + " values (cast(? as date), ?, ?, 'S010101', ?, 100000.00, cast(? as numeric), ?)", date, cust, staff,
                tier, score, status);
    }

    private void goal(String metric, String unitType, String unit, String value) {
        jdbc.update("insert into goal (goal_month, metric, unit_type, unit_code, parent_code, target_value, state,"
                + " set_by, set_at) values (date '2026-11-01', ?, ?, ?, 'HO000', cast(? as numeric), 'FINAL', 'HQ001',"
                + " current_timestamp)", metric, unitType, unit, value);
    }

    private void completion(String date, String metric, String unit, String actual) {
        jdbc.update("insert into goal_completion (biz_date, goal_month, metric, unit_code, actual) values"
                + " (cast(? as date), date '2026-11-01', ?, ?, cast(? as numeric))", date, metric, unit, actual);
    }
}
