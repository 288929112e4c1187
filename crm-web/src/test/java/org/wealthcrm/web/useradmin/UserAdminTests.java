package org.wealthcrm.web.useradmin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.WebApplicationContext;
import org.wealthcrm.web.CrmWebTest;
import org.wealthcrm.web.Fixture;
import org.wealthcrm.web.TestFixture;
import org.wealthcrm.web.scope.DataScope;
import org.wealthcrm.web.scope.DataScopes;
import org.wealthcrm.web.scope.ScopeKind;
import org.wealthcrm.web.security.TestUsers;

/** 用户管理 /admin/users: what the administrator changes, and each change in the audit chain. */
@CrmWebTest
class UserAdminTests {

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    DataScopes scopes;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = TestFixture.mockMvc(context);
    }

    @Test
    void loginWhenDemoAdministratorThenSignedInWithAdminRole() throws Exception {
        mvc.perform(formLogin("/login").user("admin").password(Fixture.PASSWORD))
                .andExpect(authenticated().withUsername("admin").withRoles("ADMIN"));
    }

    @Test
    void usersPageWhenNotAdministratorThenForbidden() throws Exception {
        mvc.perform(get("/admin/users").with(as("hq1"))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/rm1/enabled").with(as("hq1")).with(csrf()).param("enabled", "false"))
                .andExpect(status().isForbidden());
    }

    @Test
    void usersPageWhenAdministratorThenEveryUserWithOrgUnitAndRole() throws Exception {
        mvc.perform(get("/admin/users").with(as("admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"user-rm1\"")))
                .andExpect(content().string(containsString("陆家嘴支行")))
                .andExpect(content().string(containsString("BRANCH_MANAGER")));
    }

    @Test
    void createUserWhenAdministratorThenStoredWithForcedChangeAndEachFieldAudited() throws Exception {
        mvc.perform(post("/admin/users").with(as("admin")).with(csrf()).param("username", "newrm")
                        .param("displayName", "孙新").param("staffId", "RM005").param("role", "RM")
                        .param("orgCode", "").param("initialPassword", "Welcome-2026-pw"))
                .andExpect(redirectedUrl("/admin/users"))
                .andExpect(flash().attribute("notice", "已创建用户 newrm，首次登录须修改密码"));

        assertThat(jdbc.queryForList("select staff_id, display_name, enabled, must_change_password, org_code"
                + " from app_user where username = 'newrm'")).extracting(r -> r.get("staff_id"),
                r -> r.get("display_name"), r -> r.get("enabled"), r -> r.get("must_change_password"),
                r -> r.get("org_code")).containsExactly(tuple("RM005", "孙新", true, true, null));
        assertThat(audit("newrm")).containsExactly(
                tuple("admin", "app_user", "staff_id", null, "RM005"),
                tuple("admin", "app_user", "display_name", null, "孙新"),
                tuple("admin", "app_user", "org_code", null, null),
                tuple("admin", "app_user", "enabled", null, "true"),
                tuple("admin", "app_user", "must_change_password", null, "true"),
                tuple("admin", "app_user_role", "role", null, "RM"));
        MockHttpSession session = new MockHttpSession();
        mvc.perform(TestUsers.login("newrm", "Welcome-2026-pw", "10.7.0.1").session(session))
                .andExpect(authenticated().withUsername("newrm").withRoles("RM"));
        mvc.perform(get("/customers").session(session)).andExpect(redirectedUrl("/account/password"));
    }

    @Test
    void createUserWhenInitialPasswordTooShortOrStaffUnknownThenRefusedAndNothingStored() throws Exception {
        mvc.perform(post("/admin/users").with(as("admin")).with(csrf()).param("username", "newrm2")
                        .param("displayName", "孙新").param("staffId", "RM005").param("role", "RM")
                        .param("initialPassword", "short"))
                .andExpect(flash().attribute("refusal", "密码至少 12 位"));
        mvc.perform(post("/admin/users").with(as("admin")).with(csrf()).param("username", "newrm2")
                        .param("displayName", "孙新").param("staffId", "XX999").param("role", "RM")
                        .param("initialPassword", "Welcome-2026-pw"))
                .andExpect(flash().attribute("refusal", "没有此员工号：XX999"));

        assertThat(jdbc.queryForObject("select count(*) from app_user where username = 'newrm2'", Integer.class))
                .isZero();
        assertThat(audit("newrm2")).isEmpty();
    }

    @Test
    void disableUserWhenAdministratorThenOpenSessionEndsSignInRefusedAuditedAndEnableRestoresIt() throws Exception {
        TestUsers.insert(jdbc, "adm1", false);
        MockHttpSession open = new MockHttpSession();
        mvc.perform(TestUsers.login("adm1", Fixture.PASSWORD, "10.7.0.2").session(open)).andExpect(authenticated());
        mvc.perform(post("/admin/users/adm1/enabled").with(as("admin")).with(csrf()).param("enabled", "false"))
                .andExpect(flash().attribute("notice", "已停用 adm1"));
        mvc.perform(get("/account/password").session(open)).andExpect(redirectedUrl("/login?expired"));
        mvc.perform(TestUsers.login("adm1", Fixture.PASSWORD, "10.7.0.2")).andExpect(unauthenticated());
        mvc.perform(post("/admin/users/adm1/enabled").with(as("admin")).with(csrf()).param("enabled", "true"));
        mvc.perform(TestUsers.login("adm1", Fixture.PASSWORD, "10.7.0.2")).andExpect(authenticated());

        assertThat(audit("adm1")).containsExactly(tuple("admin", "app_user", "enabled", "true", "false"),
                tuple("admin", "app_user", "enabled", "false", "true"));
        assertThat(jdbc.queryForList("select result from login_log where username = 'adm1' order by seq",
                String.class)).containsExactly("SUCCESS", "DISABLED", "SUCCESS");
    }

    @Test
    void disableUserWhenOwnAccountThenRefused() throws Exception {
        mvc.perform(post("/admin/users/admin/enabled").with(as("admin")).with(csrf()).param("enabled", "false"))
                .andExpect(flash().attribute("refusal", "不能停用自己的账号"));
        assertThat(jdbc.queryForObject("select enabled from app_user where username = 'admin'", Boolean.class))
                .isTrue();
    }

    @Test
    void resetPasswordWhenAdministratorThenNewPasswordForcedToChangeAndAudited() throws Exception {
        TestUsers.insert(jdbc, "adm2", false);
        mvc.perform(post("/admin/users/adm2/password").with(as("admin")).with(csrf())
                        .param("password", "Reset-by-admin-1"))
                .andExpect(flash().attribute("notice", "已重置 adm2 的密码，下次登录须修改"));

        assertThat(audit("adm2")).containsExactly(tuple("admin", "app_user", "password", null, "RESET"),
                tuple("admin", "app_user", "must_change_password", "false", "true"));
        mvc.perform(TestUsers.login("adm2", Fixture.PASSWORD, "10.7.0.3")).andExpect(unauthenticated());
        MockHttpSession session = new MockHttpSession();
        mvc.perform(TestUsers.login("adm2", "Reset-by-admin-1", "10.7.0.3").session(session))
                .andExpect(authenticated());
        mvc.perform(get("/workbench").session(session)).andExpect(redirectedUrl("/account/password"));
    }

    @Test
    void assignRoleWhenAdministratorThenRoleReplacedAuditedAndOpenSessionEnded() throws Exception {
        TestUsers.insert(jdbc, "adm3", false);
        MockHttpSession asRm = new MockHttpSession();
        mvc.perform(TestUsers.login("adm3", Fixture.PASSWORD, "10.7.0.4").session(asRm)).andExpect(authenticated());
        mvc.perform(post("/admin/users/adm3/role").with(as("admin")).with(csrf()).param("role", "TEAM_LEAD"))
                .andExpect(flash().attribute("notice", "已将 adm3 的角色设为 TEAM_LEAD"));

        assertThat(jdbc.queryForList("select role from app_user_role where username = 'adm3'", String.class))
                .containsExactly("TEAM_LEAD");
        assertThat(audit("adm3")).containsExactly(tuple("admin", "app_user_role", "role", "RM", "TEAM_LEAD"));
        mvc.perform(get("/account/password").session(asRm)).andExpect(redirectedUrl("/login?expired"));
        mvc.perform(formLogin("/login").user("adm3").password(Fixture.PASSWORD))
                .andExpect(authenticated().withRoles("TEAM_LEAD"));
    }

    @Test
    void assignOrgUnitWhenAdministratorThenDataScopeFollowsAndAudited() throws Exception {
        jdbc.update("insert into app_user (username, password_hash, staff_id, display_name) values"
                + " ('adm4', ?, 'TL001', '陈静')", TestUsers.DEMO_HASH);
        jdbc.update("insert into app_user_role (username, role) values ('adm4', 'TEAM_LEAD')");
        mvc.perform(post("/admin/users/adm4/org-unit").with(as("admin")).with(csrf()).param("orgCode", "S010102"))
                .andExpect(flash().attribute("notice", "已将 adm4 的机构设为 S010102"));
        mvc.perform(post("/admin/users/adm4/org-unit").with(as("admin")).with(csrf()).param("orgCode", "NOPE"))
                .andExpect(flash().attribute("refusal", "没有此机构：NOPE"));

        assertThat(jdbc.queryForObject("select org_code from app_user where username = 'adm4'", String.class))
                .isEqualTo("S010102");
        assertThat(audit("adm4")).containsExactly(tuple("admin", "app_user", "org_code", "S010101", "S010102"));
        assertThat(scopes.forUser("adm4", List.of("ROLE_TEAM_LEAD")))
                .isEqualTo(new DataScope(ScopeKind.TEAM, "TL001", "S010102", "/HO000/R01/B0101/S010102/", false));
        assertThat(scopes.forUser("tl1", List.of("ROLE_TEAM_LEAD")).orgCode()).isEqualTo("S010101");
    }

    private List<Tuple> audit(String username) {
        return jdbc.query("select username, table_name, field_name, old_value, new_value from data_change_log"
                        + " where record_key = ? and table_name in ('app_user', 'app_user_role') order by seq",
                (rs, row) -> tuple(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)), username);
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
