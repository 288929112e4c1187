package org.wealthcrm.web.campaign;

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
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;
import org.wealthcrm.web.CrmWebTest;
import org.wealthcrm.web.TestFixture;

/** The campaign pages: create from a selection, detail with the measured effect, comparison, scope. */
@CrmWebTest
@Transactional
class CampaignControllerTests {

    @Autowired
    WebApplicationContext context;
    @Autowired
    UserDetailsService users;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = TestFixture.mockMvc(context);
    }

    @Test
    void createWhenSelectionPostedThenDetailShowsMembersInScopeAndOthersAreRefused() throws Exception {
        String location = mvc.perform(post("/campaigns").with(as("rm1")).with(csrf()).param("subject", "新年资产配置会")
                        .param("startDate", "2026-12-20").param("endDate", "2026-12-21").param("budget", "5000")
                        .param("selection", "C001, C002 C004").param("windowDays", "15"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

        // C004 is not rm1's customer: 2 members
        mvc.perform(get(location).with(as("rm1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("自选客户，2 户")))
                .andExpect(content().string(containsString("2027-01-05")));
        mvc.perform(get(location).with(as("bm1"))).andExpect(status().isOk());
        mvc.perform(get(location).with(as("rm2"))).andExpect(status().isForbidden());
        String id = location.substring(location.lastIndexOf('/') + 1);
        mvc.perform(get("/campaigns/compare").param("ids", id).with(as("tl1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("新年资产配置会")))
                .andExpect(content().string(containsString("单客转化成本")));
        mvc.perform(get("/campaigns").with(as("rm2")))
                .andExpect(content().string(not(containsString("新年资产配置会"))));
    }

    @Test
    void createWhenNoMemberSourceThenRefusalShown() throws Exception {
        mvc.perform(post("/campaigns").with(as("rm1")).with(csrf()).param("subject", "空活动")
                        .param("startDate", "2026-12-20").param("endDate", "2026-12-21").param("budget", "0"))
                .andExpect(flash().attribute("refusal", "请选择目标名单，或填写客户号清单（二选一）"));
        mvc.perform(post("/campaigns").with(as("cmp1")).with(csrf()).param("subject", "只读")
                        .param("startDate", "2026-12-20").param("endDate", "2026-12-21").param("budget", "0")
                        .param("selection", "C001"))
                .andExpect(status().isForbidden());
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
