package org.wealthcrm.web.customer;

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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import org.wealthcrm.web.CrmWebTest;
import org.wealthcrm.web.TestFixture;

@CrmWebTest
class CustomerControllerTests {

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = TestFixture.mockMvc(context);
    }

    @Test
    @WithUserDetails("rm1")
    void viewWhenRelationshipManagerOpensAnotherManagersCustomerThen403WithoutCustomerData() throws Exception {
        mvc.perform(get("/customers/C003"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("无权访问该客户")))
                .andExpect(content().string(containsString("张伟")))
                .andExpect(content().string(not(containsString("王五"))))
                .andExpect(content().string(not(containsString("13700003333"))));
    }

    @Test
    @WithUserDetails("rm1")
    void viewWhenRelationshipManagerOpensOwnCustomerThenProfileAndHoldingsShown() throws Exception {
        mvc.perform(get("/customers/C001"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("张三")))
                .andExpect(content().string(containsString("13800001111")))
                .andExpect(content().string(containsString("8,200,000.00")))
                .andExpect(content().string(containsString("4,200,000.00")));
    }

    @Test
    @WithUserDetails("bm1")
    void aumTrendWhenCustomerOutsideBranchThen403() throws Exception {
        mvc.perform(get("/api/customers/C006/aum-trend")).andExpect(status().isForbidden());
    }

    @Test
    @WithUserDetails("bm1")
    void aumTrendWhenCustomerInsideBranchThenOnePointPerPublishedDate() throws Exception {
        mvc.perform(get("/api/customers/C004/aum-trend"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[2].bizDate").value("2026-11-20"))
                .andExpect(jsonPath("$[2].aum").value(98000.00));
    }

    @Test
    @WithUserDetails("cmp1")
    void listWhenComplianceThenNumbersMaskedInPage() throws Exception {
        mvc.perform(get("/customers").param("q", "C001"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("138****1111")))
                .andExpect(content().string(not(containsString("13800001111"))));
        mvc.perform(get("/customers/C001"))
                .andExpect(content().string(containsString("310101********1234")))
                .andExpect(content().string(not(containsString("310101198001011234"))));
    }

    @Test
    @WithUserDetails("rm1")
    void listWhenRelationshipManagerThenOwnCustomersWithTierNames() throws Exception {
        mvc.perform(get("/customers"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("共 <strong>3</strong> 位客户")))
                .andExpect(content().string(containsString("一级贵宾")))
                .andExpect(content().string(not(containsString("王五"))));
    }

    @Test
    @WithUserDetails("hq1")
    void listWhenSortParameterIsNotAColumnThenDefaultSortAndNoError() throws Exception {
        mvc.perform(get("/customers").param("sort", "cust_id; drop table customer").param("size", "7"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("共 <strong>8</strong> 位客户")));
    }

    @Test
    @WithUserDetails("hq1")
    void listWhenDateNotPublishedThen404() throws Exception {
        mvc.perform(get("/customers").param("date", "2026-11-01"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("没有已发布的数据")));
    }
}
