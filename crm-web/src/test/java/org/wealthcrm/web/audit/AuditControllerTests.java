package org.wealthcrm.web.audit;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.web.context.WebApplicationContext;
import org.wealthcrm.web.CrmWebTest;
import org.wealthcrm.web.TestFixture;

@CrmWebTest
class AuditControllerTests {

    @Autowired
    WebApplicationContext context;

    @Test
    @WithUserDetails("cmp1")
    void verifyWhenComplianceClicksThenEveryChainReportedOk() throws Exception {
        TestFixture.mockMvc(context).perform(post("/audit/verify").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("sms_log: OK")))
                .andExpect(content().string(containsString("data_change_log: OK")))
                .andExpect(content().string(containsString("login_log: OK")));
    }

    @Test
    @WithUserDetails("rm1")
    void auditWhenRelationshipManagerThen403() throws Exception {
        TestFixture.mockMvc(context).perform(get("/audit")).andExpect(status().isForbidden());
    }
}
