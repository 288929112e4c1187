package org.wealthcrm.web.search;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
class SearchControllerTests {

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = TestFixture.mockMvc(context);
    }

    @Test
    @WithUserDetails("cmp1")
    void searchWhenComplianceTypesInitialsThenCustomerListedMasked() throws Exception {
        mvc.perform(get("/search").param("q", "zs"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("张三")))
                .andExpect(content().string(containsString("138****1111")))
                .andExpect(content().string(not(containsString("13800001111"))));
    }
}
