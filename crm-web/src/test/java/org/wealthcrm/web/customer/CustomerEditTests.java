package org.wealthcrm.web.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;
import org.wealthcrm.web.CrmWebTest;
import org.wealthcrm.web.Fixture;
import org.wealthcrm.web.TestCustomers;
import org.wealthcrm.web.TestFixture;

/** The customer edit form: validation, duplicates, pool, scope, and the data-change log of every changed field. */
@CrmWebTest
@Transactional
class CustomerEditTests {

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = TestFixture.mockMvc(context);
    }

    /** C001 as the fixture has it, with the given changes. */
    private static MockHttpServletRequestBuilder edit(String custId, String name, String mobile, String city) {
        return post("/customers/" + custId + "/edit").with(csrf()).param("custName", name).param("mobile", mobile)
                .param("gender", "M").param("birthDate", "1980-01-01").param("province", "上海").param("city", city);
    }

    @Test
    @WithUserDetails("rm1")
    void saveWhenMobileAndCityChangedThenBothWrittenAndLoggedWithOldAndNewValues() throws Exception {
        long before = jdbc.queryForObject("select coalesce(max(seq), 0) from data_change_log", Long.class);

        mvc.perform(edit("C001", "张三", "13800009999", "浦东"))
                .andExpect(redirectedUrl("/customers/C001"))
                .andExpect(flash().attribute("notice", "已保存 2 项修改"));

        assertThat(jdbc.queryForObject("select mobile || ' ' || city from customer where cust_id = 'C001'",
                String.class)).isEqualTo("13800009999 浦东");
        assertThat(jdbc.queryForList("select username || ':' || table_name || ':' || record_key || ':' || field_name"
                + " || ':' || old_value || '->' || new_value from data_change_log where seq > ? order by seq",
                String.class, before)).containsExactly("rm1:customer:C001:mobile:13800001111->13800009999",
                "rm1:customer:C001:city:上海->浦东");
    }

    @Test
    @WithUserDetails("rm1")
    void saveWhenNameChangedThenPinyinInitialsFollow() throws Exception {
        mvc.perform(edit("C001", "吕布", "13800001111", "上海")).andExpect(flash().attribute("notice", "已保存 1 项修改"));

        assertThat(jdbc.queryForObject("select name_initials from customer where cust_id = 'C001'", String.class))
                .isEqualTo("lb");
    }

    @Test
    @WithUserDetails("rm1")
    void saveWhenNameAndMobileOfAnotherCustomerThenRefusedAsDuplicateAndNothingChanged() throws Exception {
        // C002 is 李四 with 13900002222
        mvc.perform(edit("C001", "李四", "13900002222", "上海"))
                .andExpect(status().isOk())
                .andExpect(model().attribute("refusal", CustomerEditing.DUPLICATE))
                .andExpect(content().string(containsString("13900002222")));

        assertThat(jdbc.queryForObject("select cust_name from customer where cust_id = 'C001'", String.class))
                .isEqualTo("张三");
    }

    @Test
    @WithUserDetails("rm1")
    void saveWhenMobileInvalidOrBirthInFutureThenRefusedWithReason() throws Exception {
        mvc.perform(edit("C001", "张三", "23800001111", "上海"))
                .andExpect(model().attribute("refusal", "手机号须为11位大陆手机号码"));
        mvc.perform(post("/customers/C001/edit").with(csrf()).param("custName", "张三").param("mobile", "13800001111")
                        .param("birthDate", "2999-01-01"))
                .andExpect(model().attribute("refusal", "出生日期无效：2999-01-01"));
    }

    @Test
    @WithUserDetails("rm1")
    void editWhenAnotherManagersCustomerThenForbidden() throws Exception {
        mvc.perform(get("/customers/C004/edit")).andExpect(status().isForbidden());
        mvc.perform(edit("C004", "赵六", "13600004444", "上海")).andExpect(status().isForbidden());
    }

    @Test
    @WithUserDetails("cmp1")
    void editWhenComplianceThenForbiddenBecauseReadOnly() throws Exception {
        mvc.perform(edit("C001", "张三", "13800001111", "杭州")).andExpect(status().isForbidden());
    }

    @Test
    @WithUserDetails("bm1")
    void editWhenPoolCustomerThenRefusedAndFormNotShown() throws Exception {
        TestCustomers.customer(jdbc, "P32", "公海丁", "S010101");
        TestCustomers.pooled(jdbc, "P32", "P", Fixture.LATEST.minusDays(3), "RM001");

        mvc.perform(get("/customers/P32/edit"))
                .andExpect(redirectedUrl("/customers/P32"))
                .andExpect(flash().attribute("refusal", "公海客户不可编辑，请先领取"));
        mvc.perform(edit("P32", "公海丁", "13800000032", "上海"))
                .andExpect(model().attribute("refusal", "公海客户不可编辑，请先领取"));
    }

    @Test
    @WithUserDetails("rm1")
    void formWhenOwnCustomerThenCurrentValuesFilledIn() throws Exception {
        mvc.perform(get("/customers/C001/edit"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"13800001111\"")))
                .andExpect(content().string(containsString("value=\"1980-01-01\"")));
    }
}
