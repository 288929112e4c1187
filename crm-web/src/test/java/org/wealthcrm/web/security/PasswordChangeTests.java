package org.wealthcrm.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.wealthcrm.web.security.TestUsers.login;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import org.wealthcrm.web.CrmWebTest;
import org.wealthcrm.web.Fixture;
import org.wealthcrm.web.TestFixture;

/** 修改密码 /account/password, and the forced change after an administrator set the password. */
@CrmWebTest
class PasswordChangeTests {

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = TestFixture.mockMvc(context);
    }

    @Test
    void changePageWhenSignedInThenFormWithCsrfToken() throws Exception {
        TestUsers.insert(jdbc, "pwc0", false);
        MockHttpSession session = signIn("pwc0", Fixture.PASSWORD);
        mvc.perform(get("/account/password").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("确认新密码")))
                .andExpect(content().string(containsString("name=\"_csrf\"")))
                .andExpect(content().string(not(containsString("id=\"forced-change\""))));
    }

    @Test
    void changePasswordWhenCurrentRightAndNewValidThenOnlyTheNewOneSignsInAndChangeAudited() throws Exception {
        TestUsers.insert(jdbc, "pwc1", false);
        MockHttpSession session = signIn("pwc1", Fixture.PASSWORD);

        mvc.perform(change(session, Fixture.PASSWORD, "Winter-sun-2026"))
                .andExpect(redirectedUrl("/")).andExpect(flash().attribute("notice", "密码已修改"));

        mvc.perform(login("pwc1", Fixture.PASSWORD, "10.5.0.1")).andExpect(unauthenticated());
        mvc.perform(login("pwc1", "Winter-sun-2026", "10.5.0.1")).andExpect(authenticated().withUsername("pwc1"));
        assertThat(jdbc.queryForList("select username, table_name, field_name, old_value, new_value"
                + " from data_change_log where record_key = 'pwc1' order by seq"))
                .extracting(r -> r.get("username"), r -> r.get("table_name"), r -> r.get("field_name"),
                        r -> r.get("old_value"), r -> r.get("new_value"))
                .containsExactly(tuple("pwc1", "app_user", "password", null, "CHANGED"));
    }

    @Test
    void changePasswordWhenCurrentWrongThenRefusedAndPasswordKept() throws Exception {
        TestUsers.insert(jdbc, "pwc2", false);
        MockHttpSession session = signIn("pwc2", Fixture.PASSWORD);

        mvc.perform(change(session, "not-my-password", "Winter-sun-2026"))
                .andExpect(redirectedUrl("/account/password")).andExpect(flash().attribute("refusal", "当前密码不正确"));
        mvc.perform(change(session, Fixture.PASSWORD, "short1"))
                .andExpect(flash().attribute("refusal", "密码至少 12 位"));

        assertThat(jdbc.queryForObject("select password_hash from app_user where username = 'pwc2'", String.class))
                .isEqualTo(TestUsers.DEMO_HASH);
    }

    @Test
    void requestWhenPasswordMustBeChangedThenEveryPageRedirectsToChangePageUntilDone() throws Exception {
        TestUsers.insert(jdbc, "pwc3", true);
        MockHttpSession session = signIn("pwc3", Fixture.PASSWORD);

        mvc.perform(get("/customers").session(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(post("/customers/C004/services").session(session).with(csrf()))
                .andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/account/password").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"forced-change\"")));

        mvc.perform(change(session, Fixture.PASSWORD, "Autumn-leaf-2026")).andExpect(redirectedUrl("/"));

        mvc.perform(get("/customers").session(session)).andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select must_change_password from app_user where username = 'pwc3'",
                Boolean.class)).isFalse();
    }

    private MockHttpSession signIn(String username, String password) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(login(username, password, "10.5.0.1").session(session))
                .andExpect(authenticated().withUsername(username));
        return session;
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder change(
            MockHttpSession session, String current, String next) {
        return post("/account/password").session(session).with(csrf()).param("currentPassword", current)
                .param("newPassword", next).param("confirmPassword", next);
    }
}
