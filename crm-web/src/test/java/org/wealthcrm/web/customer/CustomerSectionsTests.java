package org.wealthcrm.web.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;
import org.wealthcrm.web.CrmWebTest;
import org.wealthcrm.web.Fixture;
import org.wealthcrm.web.TestFixture;

/** Churn, list memberships, SMS history and the change log on the customer page. */
@CrmWebTest
@Transactional
class CustomerSectionsTests {

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
    void viewWhenScoredWithReasonsThenPercentAndChineseReasonTextsShown() throws Exception {
        jdbc.update("update customer_metrics set churn_score = 0.6234,"
                + " churn_reasons = 'AUM_CHANGE_90=-45.2;DAYS_SINCE_CONTACT=60;TD_MATURING_SHARE=0.35'"
                + " where cust_id = 'C001' and biz_date = ?", Fixture.LATEST);

        // 0.6234 x 100 = 62.34 -> 62.3; -45.2 is negative -> the 下降 text with |v| = 45.2; 0.35 x 100 = 35
        mvc.perform(get("/customers/C001"))
                .andExpect(content().string(containsString("62.3%")))
                .andExpect(content().string(containsString("<li>90天内AUM下降45.2%</li>")))
                .andExpect(content().string(containsString("<li>60天未联系</li>")))
                .andExpect(content().string(containsString("<li>30天内到期定期占资产35%</li>")));
    }

    @Test
    void textsWhenEncodedReasonsThenBilingualTextsLikeTheAnalyticsModule() {
        assertThat(ChurnReasons.texts("AUM_CHANGE_30=12.5;INTERBANK_OUT_SHARE_UP=-0.10;UNKNOWN=1")).containsExactly(
                "30天内AUM上升12.5% / AUM up 12.5 % in 30 days",
                "跨行转出占比下降10个百分点 / interbank outflow share down 10 points",
                "UNKNOWN=1");
    }

    @Test
    @WithUserDetails("rm1")
    void viewWhenMemberOfPublishedAndDraftListsThenOnlyPublishedShownWithReason() throws Exception {
        long published = list("理财到期客户", "PUBLISHED");
        long draft = list("草稿名单", "DRAFT");
        for (long listId : new long[] {published, draft}) {
            jdbc.update("insert into target_list_member (list_id, cust_id, reason, first_added_biz_date,"
                    + " last_seen_biz_date) values (?, 'C001', '定期存款 2026-12-05 到期', ?, ?)", listId, Fixture.LATEST,
                    Fixture.LATEST);
        }

        mvc.perform(get("/customers/C001"))
                .andExpect(content().string(containsString("href=\"/target-lists/" + published + "\">理财到期客户</a>")))
                .andExpect(content().string(containsString("定期存款 2026-12-05 到期")))
                .andExpect(content().string(not(containsString("草稿名单"))));
    }

    @Test
    @WithUserDetails("rm1")
    void viewWhenServiceSmsSentThenInHistoryWithFullMobileForTheOwner() throws Exception {
        mvc.perform(post("/sms/send").with(csrf()).param("kind", "SERVICE").param("body", "{客户姓名}您好，账单已出")
                .param("custIds", "C001"));

        mvc.perform(get("/customers/C001"))
                .andExpect(content().string(containsString("【财富银行】张三您好，账单已出")))
                .andExpect(content().string(containsString(">13800001111</td>")));
    }

    @Test
    @WithUserDetails("cmp1")
    void viewWhenComplianceThenSmsMobileMaskedAndChangeLogShown() throws Exception {
        // a logged message, written directly (rolled back with the test); the hash values play no part here
        jdbc.update("insert into sms_message (msg_id, seq, created_at, sender, sender_staff, cust_id, mobile, kind,"
                + " content, encoding, parts, channel, test_send, prev_hash, entry_hash) values (990001, 990001,"
                + " current_timestamp, 'rm1', 'RM001', 'C001', '13800001111', 'SERVICE', '【财富银行】测试内容', 'UCS2', 1,"
                + " 'SMPP', 'N', 'x', 'y')");
        jdbc.update("insert into sms_outbox (msg_id, status, kind, not_before) values (990001, 'DELIVERED',"
                + " 'SERVICE', current_timestamp)");

        mvc.perform(get("/customers/C001"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("【财富银行】测试内容")))
                .andExpect(content().string(containsString(">138****1111</td>")))
                .andExpect(content().string(not(containsString(">13800001111</td>"))))
                .andExpect(content().string(containsString("数据变更日志")));
    }

    @Test
    @WithUserDetails("rm1")
    void viewWhenRelationshipManagerThenNoChangeLogButEditButton() throws Exception {
        mvc.perform(get("/customers/C001"))
                .andExpect(content().string(not(containsString("数据变更日志"))))
                .andExpect(content().string(containsString("href=\"/customers/C001/edit\"")));
    }

    @Test
    @WithUserDetails("tl1")
    void viewWhenTeamLeadAfterAnEditThenChangeLogShowsOldAndNewValue() throws Exception {
        mvc.perform(post("/customers/C001/edit").with(csrf()).param("custName", "张三").param("mobile", "13800001111")
                .param("gender", "M").param("birthDate", "1980-01-01").param("province", "上海").param("city", "苏州"));

        mvc.perform(get("/customers/C001"))
                .andExpect(content().string(containsString("数据变更日志")))
                .andExpect(content().string(containsString("<td>tl1</td><td>customer</td>")))
                .andExpect(content().string(containsString("<td>上海</td><td>苏州</td>")));
    }

    private long list(String name, String status) {
        jdbc.update("insert into target_list (list_name, owner_org, owner_path, created_by, criteria, start_date,"
                + " end_date, status, created_at) values (?, 'B0101', '/HO000/R01/B0101/', 'bm1', '{}', ?, ?, ?,"
                + " current_timestamp)", name, Fixture.LATEST, Fixture.LATEST.plusDays(30), status);
        return jdbc.queryForObject("select max(list_id) from target_list", Long.class);
    }
}
