package org.wealthcrm.web.task;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;
import org.wealthcrm.web.CrmWebTest;
import org.wealthcrm.web.TestFixture;

@CrmWebTest
@Transactional
class TaskControllerTests {

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = TestFixture.mockMvc(context);
    }

    @Test
    @WithUserDetails("rm1")
    void createWhenAppointmentPostedThenListedWithActionForms() throws Exception {
        mvc.perform(post("/tasks").with(csrf()).param("kind", "APPT").param("custId", "C001")
                        .param("title", "到期续作面谈").param("dueAt", "2026-11-25T10:00")
                        .param("remindAt", "2026-11-25T08:00"))
                .andExpect(redirectedUrl("/tasks"))
                .andExpect(flash().attribute("notice", "已创建：到期续作面谈"));
        mvc.perform(get("/tasks"))
                .andExpect(content().string(containsString("到期续作面谈")))
                .andExpect(content().string(containsString("2026-11-25 10:00")))
                .andExpect(content().string(containsString("转交")));
    }

    @Test
    @WithUserDetails("rm1")
    void createWhenReminderAfterDueThenRefusalShown() throws Exception {
        mvc.perform(post("/tasks").with(csrf()).param("kind", "TASK").param("title", "回访")
                        .param("dueAt", "2026-11-25T10:00").param("remindAt", "2026-11-25T11:00"))
                .andExpect(flash().attribute("refusal", "提醒时间不能晚于到期时间"));
    }
}
