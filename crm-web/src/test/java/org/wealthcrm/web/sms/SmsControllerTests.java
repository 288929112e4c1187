package org.wealthcrm.web.sms;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import org.wealthcrm.web.CrmWebTest;
import org.wealthcrm.web.TestFixture;

@CrmWebTest
class SmsControllerTests {

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
    void previewWhenMarketingTextThenSignatureOptOutAndUcs2Count() throws Exception {
        // 【财富银行】 6 + "Hi" 2 + 回T退订 4 = 12 UTF-16 units, UCS-2 because of the Chinese
        mvc.perform(get("/api/sms/preview").param("body", "Hi").param("kind", "MARKETING"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content").value("【财富银行】Hi回T退订"))
                .andExpect(jsonPath("$.encoding").value("UCS2"))
                .andExpect(jsonPath("$.units").value(12))
                .andExpect(jsonPath("$.perPart").value(70))
                .andExpect(jsonPath("$.parts.length()").value(1));
    }

    @Test
    @WithUserDetails("rm1")
    void sendWhenRelationshipManagerIncludesAnotherManagersCustomerThenThatOneSkipped() throws Exception {
        mvc.perform(post("/sms/send").with(csrf()).param("kind", "SERVICE").param("body", "{客户姓名}您好，{产品}已到期")
                        .param("product", "稳盈1号").param("custIds", "C001, C003"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("result"));
        String content = jdbc.queryForObject("select content from sms_message where sender = 'rm1' and cust_id = 'C001'"
                + " order by msg_id desc fetch first 1 rows only", String.class);
        org.assertj.core.api.Assertions.assertThat(content).isEqualTo("【财富银行】张三您好，稳盈1号已到期");
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject(
                "select count(*) from sms_message where sender = 'rm1' and cust_id = 'C003'", Integer.class)).isZero();
    }

    @Test
    @WithUserDetails("rm2")
    void testSendWhenRequestedThenGoesToOwnMobileOnly() throws Exception {
        mvc.perform(post("/sms/send").with(csrf()).param("kind", "MARKETING").param("body", "试发")
                        .param("custIds", "C003").param("test", "true"))
                .andExpect(status().is3xxRedirection());
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForList("select mobile from sms_message"
                + " where sender = 'rm2' and test_send = 'Y'", String.class)).containsExactly("13910000002");
    }

    @Test
    @WithUserDetails("cmp1")
    void logWhenComplianceThenAllMessagesMaskedAndFlagAndExportWork() throws Exception {
        long msgId = sendAsRm1("合规抽查样本");
        mvc.perform(get("/sms/log").param("words", "合规抽查样本"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("138****1111")))
                .andExpect(content().string(not(containsString("13800001111"))));
        mvc.perform(post("/sms/log/" + msgId + "/flag").with(csrf()).param("comment", "措辞需复核"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/sms/log/" + msgId))
                .andExpect(content().string(containsString("FLAGGED")))
                .andExpect(content().string(containsString("措辞需复核")));
        mvc.perform(get("/sms/log/export.csv").param("words", "合规抽查样本"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/csv; charset=UTF-8"))
                .andExpect(content().string(containsString("\"138****1111\"")))
                .andExpect(content().string(containsString(",1\n")));
    }

    @Test
    @WithUserDetails("rm2")
    void logWhenAnotherRelationshipManagersMessageThenNotListedAnd403() throws Exception {
        long msgId = sendAsRm1("rm1 私有样本");
        mvc.perform(get("/sms/log").param("words", "rm1 私有样本"))
                .andExpect(content().string(not(containsString("【财富银行】rm1 私有样本"))));
        mvc.perform(get("/sms/log/" + msgId)).andExpect(status().isForbidden());
        mvc.perform(get("/sms/log/export.csv")).andExpect(status().isForbidden());
    }

    @Test
    @WithUserDetails("tl1")
    void logWhenTeamLeadThenSubordinatesMessageVisibleWithMobileOfOwnTeamCustomer() throws Exception {
        sendAsRm1("团队样本");
        mvc.perform(get("/sms/log").param("words", "团队样本"))
                .andExpect(content().string(containsString("【财富银行】团队样本")))
                .andExpect(content().string(containsString("13800001111")));
    }

    private long sendAsRm1(String body) {
        SmsComposer composer = context.getBean(SmsComposer.class);
        ComposeResult result = composer.send(new Composition("SERVICE", null, body, java.util.Map.of(),
                java.util.List.of("C001"), null, null, "SMPP", false), "rm1", SmppDeliveryTests.RM1);
        return jdbc.queryForObject("select msg_id from sms_message where batch_id = ?", Long.class, result.batchId());
    }
}
