package org.wealthcrm.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.wealthcrm.web.security.TestUsers.login;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import org.wealthcrm.web.CrmWebTest;
import org.wealthcrm.web.Fixture;
import org.wealthcrm.web.TestFixture;
import org.wealthcrm.web.audit.AuditChainVerifier;

/** Lock-outs after repeated wrong passwords: per user name (5) and per source address (20), 15 minutes. */
@CrmWebTest
class LoginLockoutTests {

    private static final String GENERIC = "登录失败：用户名或密码错误、账号已停用，或失败次数过多已暂时锁定，请稍后再试";

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditChainVerifier verifier;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = TestFixture.mockMvc(context);
    }

    @Test
    void loginWhenFiveWrongPasswordsThenRightOneRefusedFromAnyAddressAndLoggedLockedAccount() throws Exception {
        TestUsers.insert(jdbc, "lock1", false);
        for (int i = 0; i < 5; i++) {
            mvc.perform(login("lock1", "wrong" + i, "10.1.0.1")).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(login("lock1", Fixture.PASSWORD, "10.1.0.1"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
        mvc.perform(login("lock1", Fixture.PASSWORD, "10.1.0.9")).andExpect(unauthenticated());

        assertThat(results("lock1")).containsExactly(
                tuple("10.1.0.1", "BAD_CREDENTIALS"), tuple("10.1.0.1", "BAD_CREDENTIALS"),
                tuple("10.1.0.1", "BAD_CREDENTIALS"), tuple("10.1.0.1", "BAD_CREDENTIALS"),
                tuple("10.1.0.1", "BAD_CREDENTIALS"), tuple("10.1.0.1", "LOCKED_ACCOUNT"),
                tuple("10.1.0.9", "LOCKED_ACCOUNT"));
        Map<String, Object> row = jdbc.queryForMap("select failures, last_failure_at, locked_until from login_security"
                + " where subject_kind = 'ACCOUNT' and subject = 'lock1'");
        assertThat(row.get("failures")).isEqualTo(0);
        assertThat(((Timestamp) row.get("locked_until")).toLocalDateTime())
                .isEqualTo(((Timestamp) row.get("last_failure_at")).toLocalDateTime().plusMinutes(15));
        assertThat(verifier.verify("login_log").ok()).isTrue();
    }

    @Test
    void loginWhenFourWrongPasswordsThenRightOneAcceptedAndCountCleared() throws Exception {
        TestUsers.insert(jdbc, "lock2", false);
        for (int i = 0; i < 4; i++) {
            mvc.perform(login("lock2", "wrong", "10.1.0.2"));
        }
        mvc.perform(login("lock2", Fixture.PASSWORD, "10.1.0.2")).andExpect(authenticated().withUsername("lock2"));

        assertThat(jdbc.queryForObject("select count(*) from login_security where subject_kind = 'ACCOUNT'"
                + " and subject = 'lock2'", Integer.class)).isZero();
    }

    @Test
    void loginWhenTwentyWrongPasswordsFromOneAddressThenRefusedThereAndAcceptedFromAnother() throws Exception {
        TestUsers.insert(jdbc, "lock3", false);
        for (int i = 1; i <= 20; i++) {
            mvc.perform(login("nobody" + i, "wrong", "10.2.0.2")).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(login("lock3", Fixture.PASSWORD, "10.2.0.2"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
        mvc.perform(login("lock3", Fixture.PASSWORD, "10.2.0.3")).andExpect(authenticated().withUsername("lock3"));

        assertThat(results("lock3")).containsExactly(tuple("10.2.0.2", "LOCKED_ADDRESS"), tuple("10.2.0.3", "SUCCESS"));
        assertThat(jdbc.queryForObject("select count(*) from login_log where ip = '10.2.0.2'"
                + " and result = 'BAD_CREDENTIALS'", Integer.class)).isEqualTo(20);
    }

    @Test
    void loginWhenUnknownUserFailsFiveTimesThenLockedLikeAnExistingOne() throws Exception {
        for (int i = 0; i < 6; i++) {
            mvc.perform(login("ghost", "wrong", "10.3.0.3")).andExpect(redirectedUrl("/login?error"));
        }
        assertThat(results("ghost")).extracting(t -> t.toList().get(1)).containsExactly("BAD_CREDENTIALS",
                "BAD_CREDENTIALS", "BAD_CREDENTIALS", "BAD_CREDENTIALS", "BAD_CREDENTIALS", "LOCKED_ACCOUNT");
    }

    @Test
    void loginWhenWrongPasswordUnknownUserOrLockedAccountThenOneGenericMessage() throws Exception {
        TestUsers.insert(jdbc, "lock4", false);
        for (int i = 0; i < 5; i++) {
            mvc.perform(login("lock4", "wrong", "10.4.0.4"));
        }
        String wrong = mvc.perform(login("rm2", "wrong", "10.4.0.5")).andReturn().getResponse().getRedirectedUrl();
        String unknown = mvc.perform(login("nosuchuser", "wrong", "10.4.0.5")).andReturn().getResponse()
                .getRedirectedUrl();
        String locked = mvc.perform(login("lock4", Fixture.PASSWORD, "10.4.0.5")).andReturn().getResponse()
                .getRedirectedUrl();

        assertThat(List.of(wrong, unknown, locked)).containsOnly("/login?error");
        String page = mvc.perform(get("/login").param("error", "")).andExpect(content().string(containsString(GENERIC)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("不存在").doesNotContain("LOCKED");
    }

    private List<org.assertj.core.groups.Tuple> results(String username) {
        return jdbc.query("select ip, result from login_log where username = ? order by seq",
                (rs, row) -> tuple(rs.getString(1), rs.getString(2)), username);
    }
}
