package org.wealthcrm.web.opportunity;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
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

/** Opportunity pages per user: nobody sees or changes an opportunity on a customer outside the user's scope. */
@CrmWebTest
@Transactional
class OpportunityControllerTests {

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
    void viewWhenOpportunityOnCustomerOutsideScopeThenForbiddenAndAbsentFromList() throws Exception {
        String location = mvc.perform(post("/opportunities").with(as("rm1")).with(csrf()).param("custId", "C001")
                        .param("subject", "大额定存转理财").param("prodCategory", "WEALTH")
                        .param("expectedAmount", "2000000").param("expectedSignDate", "2026-12-20")
                        .param("source", "VISIT").param("stage", "PROPOSAL").param("probability", "50"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

        mvc.perform(get(location).with(as("rm1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("大额定存转理财")));
        mvc.perform(get(location).with(as("tl1"))).andExpect(status().isOk());
        mvc.perform(get(location).with(as("bm1"))).andExpect(status().isOk());
        mvc.perform(get(location).with(as("rm2"))).andExpect(status().isForbidden());
        mvc.perform(get(location).with(as("ops1"))).andExpect(status().isForbidden());
        mvc.perform(get("/opportunities").with(as("rm2")))
                .andExpect(content().string(not(containsString("大额定存转理财"))));
        mvc.perform(get("/api/opportunities/funnel").with(as("rm2")))
                .andExpect(jsonPath("$[2].count").value(0));
        mvc.perform(get("/api/opportunities/funnel").with(as("rm1")))
                .andExpect(jsonPath("$[2].stage").value("PROPOSAL"))
                .andExpect(jsonPath("$[2].count").value(1));
        mvc.perform(post(location + "/stage").with(as("rm2")).with(csrf()).param("stage", "WON")
                        .param("probability", "100"))
                .andExpect(status().isForbidden());
    }

    @Test
    void createWhenCustomerOutsideScopeOrReadOnlyUserThenForbidden() throws Exception {
        mvc.perform(post("/opportunities").with(as("rm2")).with(csrf()).param("custId", "C004")
                        .param("subject", "越权").param("prodCategory", "FUND").param("expectedAmount", "1")
                        .param("expectedSignDate", "2026-12-20").param("source", "VISIT").param("stage", "LEAD")
                        .param("probability", "10"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/opportunities").with(as("cmp1")).with(csrf()).param("custId", "C001")
                        .param("subject", "只读").param("prodCategory", "FUND").param("expectedAmount", "1")
                        .param("expectedSignDate", "2026-12-20").param("source", "VISIT").param("stage", "LEAD")
                        .param("probability", "10"))
                .andExpect(status().isForbidden());
    }

    @Test
    void pipelineWhenOpenedThenFunnelTableAndForecastsShown() throws Exception {
        mvc.perform(get("/opportunities/pipeline").with(as("hq1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"opportunity-funnel\"")))
                .andExpect(content().string(containsString("下月预测")));
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
