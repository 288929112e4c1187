package org.wealthcrm.web.cockpit;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import org.wealthcrm.web.CrmWebTest;
import org.wealthcrm.web.TestFixture;

@CrmWebTest
class CockpitControllerTests {

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = TestFixture.mockMvc(context);
    }

    @Test
    @WithUserDetails("hq1")
    void pageWhenHeadOfficeThenKpiCardsForWholeBank() throws Exception {
        mvc.perform(get("/cockpit"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("12,526,146.17")))
                .andExpect(content().string(containsString("11,969,250.25")))
                .andExpect(content().string(containsString("/webjars/echarts/echarts.min.js")));
    }

    @Test
    @WithUserDetails("bm1")
    void breakdownWhenBranchManagerAsksForAnotherRegionThen403() throws Exception {
        mvc.perform(get("/api/cockpit/breakdown").param("org", "R02")).andExpect(status().isForbidden());
        mvc.perform(get("/cockpit").param("org", "R02"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("无权查看该机构")));
    }

    @Test
    @WithUserDetails("rgm1")
    void breakdownWhenRegionalManagerThenBranchesAsJson() throws Exception {
        mvc.perform(get("/api/cockpit/breakdown").param("date", "2026-11-20"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].name").value("上海分行"))
                .andExpect(jsonPath("$[0].customers").value(5))
                .andExpect(jsonPath("$[0].drillOrg").value("B0101"))
                .andExpect(jsonPath("$[1].aum").value(2300000.00));
    }

    @Test
    @WithUserDetails("rm1")
    void dashboardDefinitionWhenRequestedThenServedFromDashboardsFolder() throws Exception {
        mvc.perform(get("/api/dashboards/leadership-cockpit"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.charts.length()").value(4))
                .andExpect(jsonPath("$.charts[2].endpoint").value("/api/cockpit/breakdown"));
    }

    @Test
    @WithUserDetails("rm1")
    void dashboardDefinitionWhenUnknownOrPathLikeThen404() throws Exception {
        mvc.perform(get("/api/dashboards/nothing-here")).andExpect(status().isNotFound());
        mvc.perform(get("/api/dashboards/..%2Fapplication")).andExpect(status().is4xxClientError());
    }
}
