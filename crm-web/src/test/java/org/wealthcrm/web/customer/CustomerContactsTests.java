package org.wealthcrm.web.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

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
import org.wealthcrm.web.TestCustomers;
import org.wealthcrm.web.TestFixture;

/** Contacts and relations on the customer page: who may add them, masking, and the data-change log entries. */
@CrmWebTest
@Transactional
class CustomerContactsTests {

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
    void addContactWhenOwnCustomerThenShownAndEveryFieldLogged() throws Exception {
        mvc.perform(post("/customers/C001/contacts").with(csrf()).param("contactType", "MOBILE")
                        .param("contactValue", "13912345678").param("note", "工作手机"))
                .andExpect(redirectedUrl("/customers/C001#contacts"))
                .andExpect(flash().attribute("notice", "联系方式已保存"));
        long id = jdbc.queryForObject("select contact_id from customer_contact where cust_id = 'C001'", Long.class);

        mvc.perform(get("/customers/C001"))
                .andExpect(content().string(containsString("13912345678")))
                .andExpect(content().string(containsString("工作手机")));
        assertThat(jdbc.queryForList("select field_name || '=' || new_value from data_change_log"
                + " where table_name = 'customer_contact' and record_key = ? order by seq", String.class, "C001/" + id))
                .containsExactly("contact_type=MOBILE", "contact_value=13912345678", "note=工作手机");
    }

    @Test
    @WithUserDetails("rm1")
    void addContactWhenMobileMalformedThenRefusedWithReasonAndNothingStored() throws Exception {
        mvc.perform(post("/customers/C001/contacts").with(csrf()).param("contactType", "MOBILE")
                        .param("contactValue", "1391234"))
                .andExpect(flash().attribute("refusal", "联系方式格式不正确：1391234"));
        assertThat(jdbc.queryForObject("select count(*) from customer_contact", Integer.class)).isZero();
    }

    @Test
    @WithUserDetails("rm1")
    void addContactWhenAnotherManagersCustomerThenForbidden() throws Exception {
        mvc.perform(post("/customers/C004/contacts").with(csrf()).param("contactType", "EMAIL")
                        .param("contactValue", "a@b.cn"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from customer_contact", Integer.class)).isZero();
    }

    @Test
    @WithUserDetails("rm1")
    void addRelationWhenSpouseIsCustomerAndChildIsNotThenBothShownWithRelatedCustomerLinked() throws Exception {
        mvc.perform(post("/customers/C001/relations").with(csrf()).param("relationType", "SPOUSE")
                        .param("relatedCustId", "C002"))
                .andExpect(flash().attribute("notice", "关系人已保存"));
        mvc.perform(post("/customers/C001/relations").with(csrf()).param("relationType", "CHILD")
                        .param("relatedName", "张小小").param("relatedMobile", "13512340000"))
                .andExpect(flash().attribute("notice", "关系人已保存"));
        mvc.perform(post("/customers/C001/relations").with(csrf()).param("relationType", "SIBLING")
                        .param("relatedCustId", "C999"))
                .andExpect(flash().attribute("refusal", "关联客户号无效：C999"));

        mvc.perform(get("/customers/C001"))
                .andExpect(content().string(containsString("href=\"/customers/C002\">李四</a>")))
                .andExpect(content().string(containsString("张小小（非本行客户）")))
                .andExpect(content().string(containsString("13512340000")))
                .andExpect(content().string(containsString("配偶")));
        assertThat(jdbc.queryForList("select relation_type from customer_relation where cust_id = 'C001'"
                + " order by relation_id", String.class)).isEqualTo(List.of("SPOUSE", "CHILD"));
    }

    @Test
    @WithUserDetails("cmp1")
    void viewWhenComplianceThenContactPhonesMaskedAndNoForms() throws Exception {
        jdbc.update("insert into customer_contact (cust_id, contact_type, contact_value, created_by, created_at)"
                + " values ('C001', 'MOBILE', '13912345678', 'RM001', current_timestamp)");
        jdbc.update("insert into customer_relation (cust_id, relation_type, related_name, related_mobile, created_by,"
                + " created_at) values ('C001', 'PARENT', '张父', '13711112222', 'RM001', current_timestamp)");

        mvc.perform(get("/customers/C001"))
                .andExpect(content().string(containsString("139****5678")))
                .andExpect(content().string(containsString("137****2222")))
                .andExpect(content().string(not(containsString("13912345678"))))
                .andExpect(content().string(not(containsString("contact-form"))));
        mvc.perform(post("/customers/C001/contacts").with(csrf()).param("contactType", "EMAIL")
                        .param("contactValue", "a@b.cn"))
                .andExpect(status().isForbidden());
    }

    @Test
    @WithUserDetails("bm1")
    void addContactWhenCustomerInPoolThenRefused() throws Exception {
        TestCustomers.customer(jdbc, "P31", "公海丙", "S010101");
        TestCustomers.pooled(jdbc, "P31", "P", Fixture.LATEST.minusDays(3), "RM001");

        mvc.perform(post("/customers/P31/contacts").with(csrf()).param("contactType", "EMAIL")
                        .param("contactValue", "a@b.cn"))
                .andExpect(flash().attribute("refusal", "公海客户不可编辑，请先领取"));
    }
}
