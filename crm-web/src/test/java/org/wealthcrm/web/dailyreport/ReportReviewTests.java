package org.wealthcrm.web.dailyreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;
import org.wealthcrm.web.CrmWebTest;
import org.wealthcrm.web.TestFixture;
import org.wealthcrm.web.scope.DataScope;
import org.wealthcrm.web.scope.ScopeKind;

/** Supervisors read their subordinates' reports (and nobody else's), reply, see unread markers and who is missing. */
@CrmWebTest
@Transactional
class ReportReviewTests {

    static final DataScope TL1 = new DataScope(ScopeKind.TEAM, "TL001", "S010101", "/HO000/R01/B0101/S010101/", false);
    static final Activity NOTHING = new Activity(0, 0, 0, 0, 0, BigDecimal.ZERO);

    @Autowired
    WebApplicationContext context;
    @Autowired
    UserDetailsService users;
    @Autowired
    DailyReportMapper mapper;
    @Autowired
    DailyReports reports;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = TestFixture.mockMvc(context);
    }

    @Test
    void openWhenReaderOutsideScopeThenForbiddenAndSupervisorSeesUnreadUntilOpened() throws Exception {
        mvc.perform(post("/daily-reports").with(as("rm1")).with(csrf()).param("date", "2026-11-20")
                        .param("summary", "走访陆家嘴客户三户").param("plan", "整理方案").param("action", "submit"))
                .andExpect(status().is3xxRedirection());
        long reportId = mapper.findOwn("RM001", LocalDate.of(2026, 11, 20)).reportId();

        mvc.perform(get("/daily-reports/" + reportId).with(as("rm2"))).andExpect(status().isForbidden());
        mvc.perform(get("/daily-reports/" + reportId).with(as("rgm1"))).andExpect(status().isOk());
        mvc.perform(get("/daily-reports/team").param("date", "2026-11-20").with(as("rm2")))
                .andExpect(content().string(not(containsString("走访陆家嘴客户三户"))));
        mvc.perform(get("/daily-reports/team").param("date", "2026-11-20").with(as("tl1")))
                .andExpect(content().string(containsString("走访陆家嘴客户三户")))
                .andExpect(content().string(containsString("1 条未读")));

        mvc.perform(get("/daily-reports/" + reportId).with(as("tl1"))).andExpect(status().isOk());
        mvc.perform(get("/daily-reports/team").param("date", "2026-11-20").with(as("tl1")))
                .andExpect(content().string(not(containsString("条未读"))));
        mvc.perform(post("/daily-reports/" + reportId + "/replies").with(as("tl1")).with(csrf())
                        .param("body", "方案周一前发我")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/daily-reports/" + reportId + "/replies").with(as("rm2")).with(csrf())
                        .param("body", "越权")).andExpect(status().isForbidden());

        // the author sees the supervisor's reply as unread until the report is opened again
        mvc.perform(get("/daily-reports/team").param("date", "2026-11-20").with(as("rm1")))
                .andExpect(content().string(containsString("1 条未读")));
        mvc.perform(get("/daily-reports/" + reportId).with(as("rm1")))
                .andExpect(content().string(containsString("方案周一前发我")));
        mvc.perform(get("/daily-reports/team").param("date", "2026-11-20").with(as("rm1")))
                .andExpect(content().string(not(containsString("条未读"))));
    }

    @Test
    void openWhenDraftThenOnlyItsAuthorSeesIt() throws Exception {
        mvc.perform(post("/daily-reports").with(as("rm1")).with(csrf()).param("date", "2026-11-20")
                .param("summary", "草稿内容").param("action", "draft"));
        long reportId = mapper.findOwn("RM001", LocalDate.of(2026, 11, 20)).reportId();

        mvc.perform(get("/daily-reports/" + reportId).with(as("tl1"))).andExpect(status().isForbidden());
        mvc.perform(get("/daily-reports").param("date", "2026-11-20").with(as("rm1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("草稿内容")))
                .andExpect(content().string(containsString("id=\"submit-report\"")));
        mvc.perform(get("/daily-reports/person/RM001").param("month", "2026-11").with(as("tl1")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("草稿内容"))));
        mvc.perform(get("/daily-reports").with(as("ops1"))).andExpect(status().isForbidden());
    }

    @Test
    void thisMonthWhenSomeDaysMissingThenListedPerSubordinate() {
        for (String day : List.of("2026-11-02", "2026-11-03", "2026-11-05")) {
            mapper.insert("RM001", LocalDate.parse(day), "SUBMITTED", NOTHING, new ReportText("总结", null),
                    LocalDateTime.parse(day + "T18:00"));
        }
        ReportReview onFriday = new ReportReview(mapper, reports, clock("2026-11-06T10:00"));

        List<MonthStatus> month = onFriday.thisMonth(TL1);

        // working days before Friday 2026-11-06: Mon 2nd .. Thu 5th (the 1st is a Sunday)
        assertThat(month).extracting(MonthStatus::staffId).containsExactly("RM001", "RM002", "TL001");
        assertThat(month.get(0).submitted()).isEqualTo(3);
        assertThat(month.get(0).missing()).containsExactly(LocalDate.of(2026, 11, 4));
        assertThat(month.get(1).missing()).hasSize(4);
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private static Clock clock(String localDateTime) {
        ZoneId zone = ZoneId.systemDefault();
        return Clock.fixed(LocalDateTime.parse(localDateTime).atZone(zone).toInstant(), zone);
    }
}
