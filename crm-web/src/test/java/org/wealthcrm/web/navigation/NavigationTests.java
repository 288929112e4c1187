package org.wealthcrm.web.navigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import org.wealthcrm.web.CrmWebTest;
import org.wealthcrm.web.Fixture;
import org.wealthcrm.web.TestFixture;

/** Every demo role follows every link of its rendered menu; a role outside a route is refused by the URL rules. */
@CrmWebTest
class NavigationTests {

    /** The users of fixture.sql, one per role. */
    private static final Map<String, BankRole> USERS = users();
    private static final Pattern LINK =
            Pattern.compile("<a class=\"(?:dropdown-item|nav-link)\" href=\"([^\"#]+)\">([^<]+)</a>");

    @Autowired
    WebApplicationContext context;

    @LocalServerPort
    int port;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = TestFixture.mockMvc(context);
    }

    @Test
    void menuWhenEachRoleFollowsEveryLinkThenNoneRefused() throws Exception {
        List<String> refusals = new ArrayList<>();
        int followed = 0;
        for (String user : USERS.keySet()) {
            MockHttpSession session = login(user);
            for (String link : menu(session)) {
                String url = link.substring(link.indexOf(' ') + 1);
                int status = mvc.perform(get(url).session(session)).andReturn().getResponse().getStatus();
                followed++;
                if (status != 200) {
                    refusals.add(user + " " + status + " " + link);
                }
            }
        }
        System.out.println("NavigationTests: " + followed + " menu links followed by " + USERS.size()
                + " roles, " + refusals.size() + " refused");
        assertThat(refusals).isEmpty();
        // 26 routes for 8 roles, less the 32 role/route pairs outside a role (5 rm, 4 tl, bm, rgm and cmp,
        // 3 admin, 2 hq, 6 ops)
        assertThat(followed).isEqualTo(176);
    }

    @Test
    void menuWhenRelationshipManagerThenNoSummaryAuditOperationsOrDictionary() throws Exception {
        assertThat(menu(login("rm1"))).containsExactly(
                "工作台 /workbench", "我的客户 /customers", "任务与预约 /tasks", "公海 /pool", "导入 /import",
                "回收站 /recycle-bin", "目标客户名单 /target-lists", "产品覆盖 /coverage", "销售机会 /opportunities",
                "市场活动 /campaigns", "短信发送 /sms/compose", "短信模板 /sms/templates", "收件人分组 /sms/groups",
                "我的驾驶舱 /cockpit/me", "领导驾驶舱 /cockpit", "经营指标 /cockpit/kpi", "目标管理 /goals",
                "流失预警 /churn-alerts", "工作日报 /daily-reports", "团队日报 /daily-reports/team",
                "短信日志 /sms/log");
    }

    @Test
    void menuWhenComplianceThenAuditAndSummaryButNoOwnDailyReport() throws Exception {
        assertThat(menu(login("cmp1"))).containsExactly(
                "工作台 /workbench", "我的客户 /customers", "任务与预约 /tasks", "公海 /pool", "导入 /import",
                "回收站 /recycle-bin", "目标客户名单 /target-lists", "产品覆盖 /coverage", "销售机会 /opportunities",
                "市场活动 /campaigns", "短信发送 /sms/compose", "短信模板 /sms/templates", "收件人分组 /sms/groups",
                "我的驾驶舱 /cockpit/me", "领导驾驶舱 /cockpit", "经营指标 /cockpit/kpi", "目标管理 /goals",
                "流失预警 /churn-alerts", "预警汇总 /churn-alerts/overview", "团队日报 /daily-reports/team",
                "短信日志 /sms/log", "审计日志 /audit");
    }

    @Test
    void menuWhenOperationsThenRunsButNoGoalsSummaryDailyReportOrAudit() throws Exception {
        List<String> menu = menu(login("ops1"));
        assertThat(menu).hasSize(20).contains("运营 /operations/runs")
                .doesNotContain("目标管理 /goals", "预警汇总 /churn-alerts/overview", "工作日报 /daily-reports",
                        "审计日志 /audit", "数据字典 /dictionary");
    }

    @Test
    void routeWhenRoleOutsideItThenRefusedByUrlRule() throws Exception {
        List<String> refused = new ArrayList<>();
        for (Map.Entry<String, BankRole> user : USERS.entrySet()) {
            MockHttpSession session = login(user.getKey());
            for (Route route : Route.values()) {
                if (!route.roles().contains(user.getValue())) {
                    int status = mvc.perform(get(route.menuUrl()).session(session)).andReturn().getResponse()
                            .getStatus();
                    refused.add(user.getKey() + " " + route + " " + status);
                }
            }
        }
        assertThat(refused).hasSize(32).allMatch(line -> line.endsWith(" 403"));
        assertThat(refused).contains("rm1 CHURN_OVERVIEW 403", "rm1 AUDIT 403", "tl1 AUDIT 403",
                "cmp1 DAILY_REPORT 403", "ops1 GOALS 403", "hq1 DICTIONARY 403", "hq1 USERS 403");
    }

    @Test
    void refusedPageWhenRelationshipManagerOpensAuditOverHttpThenSameMenuWithoutAudit() throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String base = "http://localhost:" + port;
        String loginPage = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage);
        assertThat(csrf.find()).isTrue();
        http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=rm1&password=" + Fixture.PASSWORD
                        + "&_csrf=" + csrf.group(1))).build(), HttpResponse.BodyHandlers.discarding());

        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create(base + "/audit"))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("<a class=\"dropdown-item\" href=\"/sms/log\">短信日志</a>")
                .doesNotContain("href=\"/audit\"");
    }

    private MockHttpSession login(String user) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(user).password(Fixture.PASSWORD))
                .andReturn().getRequest().getSession(false);
    }

    /** The menu links of the rendered layout, as "label url", in menu order. */
    private List<String> menu(MockHttpSession session) throws Exception {
        String page = mvc.perform(get("/workbench").session(session)).andReturn().getResponse()
                .getContentAsString();
        Matcher links = LINK.matcher(page.substring(page.indexOf("<nav"), page.indexOf("</nav>")));
        List<String> menu = new ArrayList<>();
        while (links.find()) {
            menu.add(links.group(2) + " " + links.group(1));
        }
        return menu;
    }

    private static Map<String, BankRole> users() {
        Map<String, BankRole> users = new LinkedHashMap<>();
        users.put("rm1", BankRole.RM);
        users.put("tl1", BankRole.TEAM_LEAD);
        users.put("bm1", BankRole.BRANCH_MANAGER);
        users.put("rgm1", BankRole.REGIONAL_MANAGER);
        users.put("hq1", BankRole.HEAD_OFFICE);
        users.put("cmp1", BankRole.COMPLIANCE);
        users.put("ops1", BankRole.OPERATIONS);
        users.put("admin", BankRole.ADMIN);
        return users;
    }
}
