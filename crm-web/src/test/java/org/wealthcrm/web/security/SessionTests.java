package org.wealthcrm.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.wealthcrm.web.security.TestUsers.login;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import org.wealthcrm.web.CrmWebTest;
import org.wealthcrm.web.Fixture;
import org.wealthcrm.web.TestFixture;

/** Sessions: a new id at sign-in (over real HTTP), at most 2 per user, 30 minutes idle. */
@CrmWebTest
class SessionTests {

    private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SignedInSessions sessions;

    @Test
    void loginWhenSuccessfulThenJsessionidChangesAndTheOldIdNoLongerSignedIn() throws Exception {
        TestUsers.insert(jdbc, "sess1", false);
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(url("/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        String before = cookie(form);
        String csrf = first(CSRF_FIELD.matcher(form.body()));
        String body = "username=sess1&password=" + Fixture.PASSWORD + "&_csrf=" + URLEncoder.encode(csrf,
                StandardCharsets.UTF_8);

        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(url("/login"))
                .header("Cookie", "JSESSIONID=" + before).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        String after = cookie(signedIn);

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
        assertThat(after).isNotBlank().isNotEqualTo(before);
        assertThat(fetch(http, "/account/password", after).statusCode()).isEqualTo(200);
        HttpResponse<String> old = fetch(http, "/account/password", before);
        assertThat(old.statusCode()).isEqualTo(302);
        assertThat(old.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void loginWhenThirdSessionOfOneUserThenTheOldestEndsAndTwoRemain() throws Exception {
        TestUsers.insert(jdbc, "sess2", false);
        MockMvc mvc = TestFixture.mockMvc(context);
        MockHttpSession first = new MockHttpSession();
        MockHttpSession second = new MockHttpSession();
        MockHttpSession third = new MockHttpSession();
        for (MockHttpSession session : new MockHttpSession[] {first, second, third}) {
            mvc.perform(login("sess2", Fixture.PASSWORD, "10.6.0.1").session(session))
                    .andExpect(authenticated().withUsername("sess2"));
        }

        mvc.perform(get("/account/password").session(first)).andExpect(redirectedUrl("/login?expired"));
        mvc.perform(get("/account/password").session(second)).andExpect(status().isOk());
        mvc.perform(get("/account/password").session(third)).andExpect(status().isOk());
        assertThat(sessions.count("sess2")).isEqualTo(2);
    }

    @Test
    void idleTimeoutWhenConfiguredThenThirtyMinutes() {
        assertThat(context.getServletContext().getSessionTimeout()).isEqualTo(30);
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> fetch(HttpClient http, String path, String sessionId) throws Exception {
        return http.send(HttpRequest.newBuilder(url(path)).header("Cookie", "JSESSIONID=" + sessionId).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String cookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().map(SESSION_COOKIE::matcher)
                .filter(Matcher::find).map(m -> m.group(1)).findFirst().orElse("");
    }

    private static String first(Matcher matcher) {
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
