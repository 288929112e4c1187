package org.wealthcrm.web.operations;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import org.wealthcrm.web.CrmWebTest;
import org.wealthcrm.web.TestFixture;

import static org.assertj.core.api.Assertions.assertThat;

@CrmWebTest
class OperationsControllerTests {

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = TestFixture.mockMvc(context);
    }

    @Test
    @WithUserDetails("ops1")
    @SuppressWarnings("unchecked")
    void runsWhenOperationsUserThenAllRunsNewestDateFirst() throws Exception {
        List<RunRows.Run> runs = (List<RunRows.Run>) mvc.perform(get("/operations/runs"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("补跑成功")))
                .andReturn().getModelAndView().getModel().get("runs");
        assertThat(runs).extracting(RunRows.Run::runId).containsExactly(4L, 3L, 2L, 1L);
    }

    @Test
    @WithUserDetails("hq1")
    void runWhenOpenedThenItsFilesAndTheRejectsOfItsDateOnly() throws Exception {
        mvc.perform(get("/operations/runs/4"))
                .andExpect(status().isOk())
                .andExpect(model().attribute("files", org.hamcrest.Matchers.hasSize(3)))
                .andExpect(model().attribute("rejects", org.hamcrest.Matchers.hasSize(2)))
                .andExpect(content().string(containsString("账号不存在")))
                .andExpect(content().string(not(containsString("C010"))));
    }

    @Test
    @WithUserDetails("ops1")
    void runWhenUnknownThen404() throws Exception {
        mvc.perform(get("/operations/runs/999")).andExpect(status().isNotFound());
    }
}
