package org.wealthcrm.web.coverage;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;
import org.wealthcrm.web.CrmWebTest;
import org.wealthcrm.web.TestFixture;

@CrmWebTest
@Transactional
@Sql("/org/wealthcrm/web/coverage/next-day.sql")
class CoverageControllerTests {

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = TestFixture.mockMvc(context);
    }

    @Test
    @WithUserDetails("hq1")
    void pageWhenHeadOfficeThenSharesAndGapsOfTheLatestDate() throws Exception {
        mvc.perform(get("/coverage"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2026-11-21")))
                .andExpect(content().string(containsString("66.67%")))
                .andExpect(content().string(containsString("测丁")))
                .andExpect(content().string(containsString("2026-12-05")))
                .andExpect(content().string(containsString("产品覆盖")));
    }

    @Test
    @WithUserDetails("rm1")
    void pageWhenRelationshipManagerThenOnlyOwnCustomersInGaps() throws Exception {
        mvc.perform(get("/coverage"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("测丁"))))
                .andExpect(content().string(not(containsString("测丙"))));
    }

    @Test
    @WithUserDetails("bm1")
    void sharesApiWhenSegmentActivityThenJsonRowsAndOutsideOrgForbidden() throws Exception {
        mvc.perform(get("/api/coverage/shares").param("segment", "ACTIVITY"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].segment").value("L3"))
                .andExpect(jsonPath("$[0].customers").value(2))
                .andExpect(jsonPath("$[0].shares[4].percent").value(100.00))
                .andExpect(jsonPath("$[3].segment").value("ALL"))
                .andExpect(jsonPath("$[3].customers").value(4));
        mvc.perform(get("/coverage").param("org", "R02")).andExpect(status().isForbidden());
    }
}
