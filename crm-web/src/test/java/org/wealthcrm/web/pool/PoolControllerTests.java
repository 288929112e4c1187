package org.wealthcrm.web.pool;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
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
import org.wealthcrm.web.TestCustomers;

@CrmWebTest
@Transactional
class PoolControllerTests {

    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = org.wealthcrm.web.TestFixture.mockMvc(context);
        TestCustomers.customer(jdbc, "P21", "公海乙", "S010101");
        TestCustomers.pooled(jdbc, "P21", "P", Fixture.LATEST.minusDays(40), "RM003");
    }

    @Test
    @WithUserDetails("rm1")
    void listWhenRelationshipManagerThenPoolShownWithPhoneMaskedAndClaimButton() throws Exception {
        mvc.perform(get("/pool"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("公海乙")))
                .andExpect(content().string(containsString("138****0021")))
                .andExpect(content().string(not(containsString("13800000021"))))
                .andExpect(content().string(containsString("领取")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
    }

    @Test
    @WithUserDetails("rm1")
    void claimWhenPostedWithTokenThenCustomerBecomesTheRmsAndWithoutTokenForbidden() throws Exception {
        mvc.perform(post("/pool/claim").param("custId", "P21"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/pool/claim").param("custId", "P21").with(csrf()))
                .andExpect(redirectedUrl("/pool"))
                .andExpect(flash().attribute("notice", "已领取客户 P21"));
        mvc.perform(get("/customers/P21"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("13800000021")))
                .andExpect(content().string(containsString("领取")));
    }

    @Test
    @WithUserDetails("rm1")
    void returnOverdueWhenRelationshipManagerThenForbidden() throws Exception {
        mvc.perform(post("/pool/return-overdue").with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    @WithUserDetails("bm1")
    void viewWhenBranchManagerOpensPoolCustomerThenReadOnlyWithNumbersMasked() throws Exception {
        mvc.perform(get("/customers/P21"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("该客户在公海中")))
                .andExpect(content().string(containsString("138****0021")))
                .andExpect(content().string(containsString("310101********0021")))
                .andExpect(content().string(not(containsString("13800000021"))))
                .andExpect(content().string(not(containsString("service-form"))));
        jdbc.update("insert into customer_metrics (biz_date, cust_id, branch_code, aum, aum_avg_30, tier,"
                + " asset_interval, activity_level, coverage) values (?, 'P21', 'S010101', 10, 10, 'MASS', 'A01', 'L5', 1)",
                Fixture.LATEST);
        mvc.perform(get("/customers").param("q", "P21"))
                .andExpect(content().string(containsString("138****0021")))
                .andExpect(content().string(not(containsString("13800000021"))));
        mvc.perform(post("/customers/P21/services").with(csrf()).param("serviceType", "CALL")
                        .param("servedAt", "2026-11-20T10:00").param("content", "回访").param("outcome", "FOLLOW"))
                .andExpect(flash().attribute("refusal", "公海客户不可编辑，请先领取"));
    }

    @Test
    @WithUserDetails("bm1")
    void assignWhenBranchManagerPostsSelectionThenRedirectedWithNotice() throws Exception {
        mvc.perform(post("/pool/assign").with(csrf()).param("custIds", "P21").param("toStaff", "RM004"))
                .andExpect(redirectedUrl("/pool"))
                .andExpect(flash().attribute("refusal", "只能分配给本机构在岗的客户经理或团队长"));
        mvc.perform(post("/pool/assign").with(csrf()).param("custIds", "P21").param("toStaff", "RM002"))
                .andExpect(flash().attribute("notice", "已分配 1 位客户"));
    }
}
