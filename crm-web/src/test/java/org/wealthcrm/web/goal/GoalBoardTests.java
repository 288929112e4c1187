package org.wealthcrm.web.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;
import org.wealthcrm.web.CrmWebTest;
import org.wealthcrm.web.TestFixture;
import org.wealthcrm.web.scope.DataScope;
import org.wealthcrm.web.scope.DataScopes;
import org.wealthcrm.web.scope.OutOfScopeException;

/**
 * November sales targets R01 1,000,000 (split B0101 700,000 + B0102 300,000) with the night's completion of
 * 2026-11-20: R01 250,000, B0101 200,000, B0102 50,000 (an older 11-19 row must not be used).
 */
@CrmWebTest
@Transactional
class GoalBoardTests {

    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    @Autowired
    GoalBoard board;
    @Autowired
    DataScopes scopes;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WebApplicationContext context;
    @Autowired
    UserDetailsService users;

    private DataScope scope(String username, String role) {
        return scopes.forUser(username, List.of("ROLE_" + role));
    }

    private void goal(String unitType, String unit, String parent, String value, String state) {
        jdbc.update("insert into goal (goal_month, metric, unit_type, unit_code, parent_code, target_value, state,"
                + " set_by, set_at) values (date '2026-11-01', 'SALES', ?, ?, ?, cast(? as numeric), ?, 'HQ001',"
                + " current_timestamp)", unitType, unit, parent, value, state);
    }

    private void completion(String date, String unit, String actual) {
        jdbc.update("insert into goal_completion (biz_date, goal_month, metric, unit_code, actual)"
                + " values (cast(? as date), date '2026-11-01', 'SALES', ?, cast(? as numeric))", date, unit, actual);
    }

    @BeforeEach
    void targets() {
        goal("O", "R01", "HO000", "1000000", "FINAL");
        goal("O", "B0101", "R01", "700000", "FINAL");
        goal("O", "B0102", "R01", "300000", "FINAL");
        completion("2026-11-20", "R01", "250000");
        completion("2026-11-20", "B0101", "200000");
        completion("2026-11-20", "B0102", "50000");
        completion("2026-11-19", "R01", "1");
    }

    @Test
    void boardWhenRegionalManagerThenOwnAndBranchCompletion() {
        GoalBoard.Board shown = board.board(scope("rgm1", "REGIONAL_MANAGER"), NOVEMBER, null);

        GoalBoard.Panel sales = shown.panels().get(GoalMetric.SALES.ordinal());
        assertThat(shown.unit().code()).isEqualTo("R01");
        assertThat(shown.asOf()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(shown.canSplit()).isTrue();
        // 250,000 / 1,000,000 = 25.0 %; B0101 200,000 / 700,000 = 28.57 -> 28.6 %; B0102 50,000 / 300,000 = 16.7 %
        assertThat(sales.own().percent()).isEqualByComparingTo("25.0");
        assertThat(sales.children()).extracting(l -> l.unit().code() + " " + l.percent())
                .containsExactly("B0101 28.6", "B0102 16.7");
        assertThat(sales.unbalanced()).isFalse();
        assertThat(sales.draftSplit()).isFalse();
    }

    @Test
    void boardWhenSplitIsDraftOrUnbalancedThenFlagged() {
        jdbc.update("update goal set target_value = 250000, state = 'DRAFT' where unit_code = 'B0102'");

        GoalBoard.Panel sales = board.board(scope("hq1", "HEAD_OFFICE"), NOVEMBER, "R01").panels()
                .get(GoalMetric.SALES.ordinal());

        // 700,000 + 250,000 = 950,000 against 1,000,000
        assertThat(sales.childrenTotal()).isEqualByComparingTo("950000");
        assertThat(sales.unbalanced()).isTrue();
        assertThat(sales.draftSplit()).isTrue();
    }

    @Test
    void boardWhenOutsideScopeThenRefused() {
        assertThatThrownBy(() -> board.board(scope("rm1", "RM"), NOVEMBER, "S010101"))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> board.board(scope("bm1", "BRANCH_MANAGER"), NOVEMBER, "B0102"))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> board.board(scope("tl1", "TEAM_LEAD"), NOVEMBER, "RM003"))
                .isInstanceOf(OutOfScopeException.class);
        assertThat(board.board(scope("rm1", "RM"), NOVEMBER, null).unit().code()).isEqualTo("RM001");
        assertThat(board.board(scope("tl1", "TEAM_LEAD"), NOVEMBER, "RM002").canSplit()).isFalse();
    }

    @Test
    void pagesWhenRegionalManagerThenProgressBarsAndExactRefusalOfUnbalancedSplit() throws Exception {
        MockMvc mvc = TestFixture.mockMvc(context);
        mvc.perform(get("/goals").param("month", "2026-11").with(user(users.loadUserByUsername("rgm1"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("width:28.6%")))
                .andExpect(content().string(containsString("25.0%")));
        mvc.perform(post("/goals/split").with(user(users.loadUserByUsername("rgm1"))).with(csrf())
                        .param("month", "2026-11").param("unit", "R01").param("metric", "SALES")
                        .param("child", "B0101", "B0102").param("value", "700,000", "200000"))
                .andExpect(redirectedUrl("/goals/split?month=2026-11&unit=R01&metric=SALES"))
                .andExpect(flash().attribute("refusal", "各部分合计 900,000.00 与本单位目标 1,000,000.00 不符"
                        + "（相差 100,000.00），未保存；如需暂存请勾选“保存为草稿”"));
        assertThat(jdbc.queryForObject("select target_value from goal where unit_code = 'B0102'", Integer.class))
                .isEqualTo(300000);
    }
}
