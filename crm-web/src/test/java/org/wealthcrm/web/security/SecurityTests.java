package org.wealthcrm.web.security;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import org.wealthcrm.web.CrmWebTest;
import org.wealthcrm.web.Fixture;
import org.wealthcrm.web.TestFixture;

@CrmWebTest
class SecurityTests {

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = TestFixture.mockMvc(context);
    }

    @Test
    void loginWhenPasswordMatchesBcryptHashThenAuthenticatedWithRoles() throws Exception {
        mvc.perform(formLogin("/login").user("rm1").password(Fixture.PASSWORD))
                .andExpect(authenticated().withUsername("rm1").withRoles("RM"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void loginWhenStoredHashHasNoPrefixThenStillCheckedAsBcrypt() throws Exception {
        mvc.perform(formLogin("/login").user("ops1").password(Fixture.PASSWORD))
                .andExpect(authenticated().withUsername("ops1").withRoles("OPERATIONS"));
    }

    @Test
    void loginWhenWrongPasswordThenBackToLoginWithError() throws Exception {
        mvc.perform(formLogin("/login").user("rm1").password("wrong"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void loginWhenPostedWithoutCsrfTokenThenForbidden() throws Exception {
        mvc.perform(post("/login").param("username", "rm1").param("password", Fixture.PASSWORD))
                .andExpect(status().isForbidden())
                .andExpect(unauthenticated());
    }

    @Test
    @WithUserDetails("rm1")
    void logoutWhenPostedWithoutCsrfTokenThenForbidden() throws Exception {
        mvc.perform(post("/logout")).andExpect(status().isForbidden());
    }

    @Test
    @WithUserDetails("rm1")
    void logoutWhenPostedWithCsrfTokenThenSignedOut() throws Exception {
        mvc.perform(post("/logout").with(csrf()))
                .andExpect(redirectedUrl("/login?logout"))
                .andExpect(unauthenticated());
    }

    @Test
    void openPageWhenAnonymousThenRedirectedToLogin() throws Exception {
        mvc.perform(get("/customers")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/api/cockpit/tiers")).andExpect(status().is3xxRedirection());
    }

    @Test
    void loginPageWhenAnonymousThenChineseFormCarryingCsrfToken() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("用户名")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
    }

    @Test
    @WithUserDetails("rm1")
    void operationsWhenRelationshipManagerThenForbidden() throws Exception {
        mvc.perform(get("/operations/runs")).andExpect(status().isForbidden());
    }

    @Test
    @WithUserDetails("rm1")
    void navBarWhenRelationshipManagerThenNameRoleAndNoOperationsLink() throws Exception {
        mvc.perform(get("/customers"))
                .andExpect(content().string(containsString("张伟")))
                .andExpect(content().string(containsString("客户经理")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("/operations/runs"))));
    }
}
