package org.wealthcrm.web.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;
import org.wealthcrm.web.CrmWebTest;
import org.wealthcrm.web.TestFixture;

/** Template management: who may maintain, the checks, retiring, and the template's signature on sent text. */
@CrmWebTest
@Transactional
class SmsTemplateAdminTests {

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = TestFixture.mockMvc(context);
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private MockHttpServletRequestBuilder save(String user, String kind, String body, String signature) {
        return post("/sms/templates").with(as(user)).with(csrf()).param("name", "理财到期提醒").param("kind", kind)
                .param("body", body).param("signature", signature);
    }

    private long lastTemplate() {
        return jdbc.queryForObject("select coalesce(max(template_id), 0) from sms_template", Long.class);
    }

    @Test
    void saveWhenBranchManagerWritesServiceTemplateThenStoredAndOfferedOnComposePage() throws Exception {
        mvc.perform(save("bm1", "SERVICE", "{客户姓名}您好，您的{产品}将于{日期}到期", ""))
                .andExpect(flash().attribute("notice", "模板 " + (lastTemplate()) + " 已保存"));

        assertThat(jdbc.queryForMap("select kind, body, created_by, active from sms_template where template_id = ?",
                lastTemplate())).containsEntry("kind", "SERVICE").containsEntry("created_by", "bm1")
                .containsEntry("body", "{客户姓名}您好，您的{产品}将于{日期}到期").containsEntry("active", "Y");
        mvc.perform(get("/sms/compose").with(as("rm1")))
                .andExpect(content().string(containsString("理财到期提醒")));
    }

    @Test
    void saveWhenMarketingWithoutOptOutLineOrUnknownVariableOrBadSignatureThenRefusedWithReason() throws Exception {
        long before = lastTemplate();
        mvc.perform(save("bm1", "MARKETING", "新品理财上线", ""))
                .andExpect(flash().attribute("refusal", "营销模板须以退订提示“回T退订”结尾"));
        mvc.perform(save("bm1", "SERVICE", "{客户}您好", ""))
                .andExpect(flash().attribute("refusal", "未知变量：{客户}"));
        mvc.perform(save("bm1", "SERVICE", "您好", "财富银行"))
                .andExpect(flash().attribute("refusal", "签名须为【】括起的2至16个字"));
        assertThat(lastTemplate()).isEqualTo(before);
    }

    @Test
    void saveWhenRelationshipManagerThenForbidden() throws Exception {
        mvc.perform(save("rm1", "SERVICE", "您好", "")).andExpect(status().isForbidden());
    }

    @Test
    void editAndRetireWhenComplianceThenChangesLoggedAndRetiredTemplateNoLongerOffered() throws Exception {
        mvc.perform(save("cmp1", "SERVICE", "旧内容", ""));
        long id = lastTemplate();
        mvc.perform(post("/sms/templates").with(as("cmp1")).with(csrf()).param("templateId", String.valueOf(id))
                .param("name", "理财到期提醒").param("kind", "SERVICE").param("body", "新内容").param("signature", ""));
        mvc.perform(post("/sms/templates/" + id + "/retire").with(as("cmp1")).with(csrf()))
                .andExpect(flash().attribute("notice", "模板 " + id + " 已停用"));

        assertThat(jdbc.queryForList("select field_name || ':' || coalesce(old_value, '') || '->' || new_value"
                + " from data_change_log where table_name = 'sms_template' and record_key = ? order by seq",
                String.class, String.valueOf(id))).containsExactly("body:->旧内容", "body:旧内容->新内容", "active:Y->N");
        mvc.perform(get("/sms/compose").with(as("rm1")))
                .andExpect(content().string(not(containsString("理财到期提醒"))));
    }

    @Test
    void sendWhenMarketingTemplateHasOwnSignatureThenMessageCarriesItAndOneOptOutLine() throws Exception {
        mvc.perform(save("bm1", "MARKETING", "{客户姓名}，新品理财上线回T退订", "【财富银行上海分行】"));
        long id = lastTemplate();

        mvc.perform(post("/sms/send").with(as("rm1")).with(csrf()).param("kind", "MARKETING")
                .param("templateId", String.valueOf(id)).param("body", "{客户姓名}，新品理财上线回T退订")
                .param("custIds", "C001"));

        assertThat(jdbc.queryForObject("select content from sms_message where template_id = ?", String.class, id))
                .isEqualTo("【财富银行上海分行】张三，新品理财上线回T退订");
    }
}
