package org.wealthcrm.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import org.wealthcrm.web.CrmWebTest;
import org.wealthcrm.web.TestFixture;

/**
 * Every main page, rendered for a signed-in user of a role that may open it, carries the Content-Security-Policy and
 * has no inline executable script (only {@code src=} or {@code type="application/json"}) and no on*= handler.
 * The template sources are checked too, so pages this list does not open cannot bring one back.
 */
@CrmWebTest
class InlineScriptFreePagesTests {

    private static final Pattern SCRIPT_TAG = Pattern.compile("<script\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ALLOWED_SCRIPT =
            Pattern.compile("\\b(th:)?src=|\\btype=\"application/json\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern EVENT_HANDLER =
            Pattern.compile("<[^>]*\\s(th:)?on[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

    @Autowired
    WebApplicationContext context;
    @Autowired
    UserDetailsService users;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = TestFixture.mockMvc(context);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "rm1, /workbench", "rm1, /workbench/churn-alerts", "rm1, /customers", "rm1, /customers/C001",
            "rm1, /customers/C001/edit", "rm1, /tasks", "rm1, /pool", "rm1, /import", "rm1, /recycle-bin",
            "rm1, /target-lists", "rm1, /coverage", "rm1, /opportunities",
            "rm1, /opportunities/new", "rm1, /opportunities/pipeline", "rm1, /campaigns", "rm1, /campaigns/compare",
            "rm1, /sms/compose", "rm1, /sms/templates", "rm1, /sms/groups", "rm1, /goals", "rm1, /daily-reports",
            "rm1, /cockpit/me", "rm1, /churn-alerts", "rm1, /search?q=C001", "rm1, /account/password",
            "tl1, /daily-reports/team", "tl1, /daily-reports/person/RM001", "hq1, /target-lists/new", "hq1, /cockpit", "hq1, /cockpit/kpi",
            "hq1, /churn-alerts/overview", "hq1, /operations/runs", "hq1, /operations/runs/4",
            "cmp1, /sms/log", "cmp1, /sms/approvals", "cmp1, /audit",
            "admin, /admin/users", "admin, /dictionary", "admin, /recycle-bin"})
    void pageWhenSignedInThenContentSecurityPolicyAndNoInlineScript(String username, String url) throws Exception {
        MockHttpServletResponse page = mvc.perform(get(url).with(user(users.loadUserByUsername(username))))
                .andReturn().getResponse();

        assertThat(page.getStatus()).as(url).isEqualTo(200);
        assertThat(page.getHeader("Content-Security-Policy")).isEqualTo(SecurityHeadersTests.CSP);
        assertThat(page.getContentAsString(StandardCharsets.UTF_8)).contains("<script src=\"/js/crm.js\"></script>");
        assertInlineScriptFree(url, page.getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void loginAndErrorPagesWhenRenderedThenNoInlineScript() throws Exception {
        MockHttpServletResponse login = mvc.perform(get("/login")).andReturn().getResponse();
        MockHttpServletResponse failure = mvc.perform(get("/test/failing-query")
                .with(user(users.loadUserByUsername("rm1")))).andReturn().getResponse();

        assertThat(login.getHeader("Content-Security-Policy")).isEqualTo(SecurityHeadersTests.CSP);
        assertInlineScriptFree("/login", login.getContentAsString(StandardCharsets.UTF_8));
        assertThat(failure.getStatus()).isEqualTo(500);
        assertInlineScriptFree("/test/failing-query", failure.getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void templatesWhenScannedThenNoInlineScriptAndNoEventHandlerAttributes() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String html = Files.readString(file);
                offenders.addAll(inlineScripts(html).stream().map(s -> file + ": " + s).toList());
                if (EVENT_HANDLER.matcher(html).find()) {
                    offenders.add(file + ": on*= attribute");
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    private static void assertInlineScriptFree(String url, String html) {
        assertThat(inlineScripts(html)).as(url).isEmpty();
        assertThat(EVENT_HANDLER.matcher(html).find()).as(url + " has an on*= attribute").isFalse();
    }

    private static List<String> inlineScripts(String html) {
        List<String> found = new ArrayList<>();
        Matcher tags = SCRIPT_TAG.matcher(html);
        while (tags.find()) {
            if (!ALLOWED_SCRIPT.matcher(tags.group(1)).find()) {
                found.add(tags.group());
            }
        }
        return found;
    }
}
