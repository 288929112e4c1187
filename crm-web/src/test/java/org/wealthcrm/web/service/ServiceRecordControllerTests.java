package org.wealthcrm.web.service;

import static org.hamcrest.Matchers.containsString;
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
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;
import org.wealthcrm.web.CrmWebTest;
import org.wealthcrm.web.TestFixture;

@CrmWebTest
@Transactional
class ServiceRecordControllerTests {

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = TestFixture.mockMvc(context);
    }

    private MockHttpServletRequestBuilder visit(String custId) {
        return post("/customers/{id}/services", custId).with(csrf()).param("serviceType", "VISIT")
                .param("servedAt", "2026-11-20T15:30").param("content", "介绍养老目标基金")
                .param("outcome", "INTENT").param("nextContactDate", "2026-12-01");
    }

    @Test
    @WithUserDetails("rm1")
    void recordWhenOwnCustomerThenSavedAndShownOnCustomerPage() throws Exception {
        mvc.perform(visit("C001"))
                .andExpect(redirectedUrl("/customers/C001#services"))
                .andExpect(flash().attribute("notice", "服务记录已保存"));
        mvc.perform(get("/customers/C001"))
                .andExpect(content().string(containsString("介绍养老目标基金")))
                .andExpect(content().string(containsString("有意向")))
                .andExpect(content().string(containsString("2026-12-01")));
    }

    @Test
    @WithUserDetails("rm1")
    void recordWhenAnotherRmsCustomerThen403() throws Exception {
        mvc.perform(visit("C003")).andExpect(status().isForbidden());
    }
}
