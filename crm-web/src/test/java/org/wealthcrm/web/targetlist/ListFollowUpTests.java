package org.wealthcrm.web.targetlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.wealthcrm.web.Fixture.LATEST;
import static org.wealthcrm.web.Fixture.PREVIOUS;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;
import org.wealthcrm.web.CrmWebTest;
import org.wealthcrm.web.TestFixture;
import org.wealthcrm.web.scope.DataScope;
import org.wealthcrm.web.scope.DataScopes;

/**
 * A list's nightly results of 2026-11-20 per manager (members / contacted / converted / AUM gained):
 * RM001 4/3/1/12,000.50, RM002 2/1/0/-500.00 (both team S010101), RM003 1/0/0/0 (S010102, branch B0101),
 * RM004 3/3/2/100,000.00 (R02), no manager 1/0/0/0; an older row of 11-19 must not show.
 */
@CrmWebTest
@Transactional
class ListFollowUpTests {

    private static final long LIST = 9101;

    @Autowired
    ListFollowUp followUp;
    @Autowired
    DataScopes scopes;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WebApplicationContext context;
    @Autowired
    UserDetailsService users;

    @BeforeEach
    void results() {
        jdbc.update("insert into target_list (list_id, list_name, owner_org, owner_path, created_by, criteria,"
                + " start_date, end_date, status, refreshed_biz_date, created_at) values (?, '年末基金营销', 'HO000',"
                + " '/HO000/', 'hq1', '{}', date '2026-11-01', date '2026-12-31', 'PUBLISHED', ?, current_timestamp)",
                LIST, LATEST);
        result(LATEST, "RM001", 4, 3, 1, "12000.50");
        result(LATEST, "RM002", 2, 1, 0, "-500.00");
        result(LATEST, "RM003", 1, 0, 0, "0.00");
        result(LATEST, "RM004", 3, 3, 2, "100000.00");
        result(LATEST, "-", 1, 0, 0, "0.00");
        result(PREVIOUS, "RM001", 9, 9, 9, "9.00");
    }

    private void result(LocalDate date, String staffId, int members, int contacted, int converted, String gained) {
        jdbc.update("insert into target_list_result (biz_date, list_id, staff_id, members, contacted, converted,"
                + " aum_before, aum_after, aum_gained) values (?, ?, ?, ?, ?, ?, 0, cast(? as numeric),"
                + " cast(? as numeric))", date, LIST, staffId, members, contacted, converted, gained, gained);
    }

    private DataScope scope(String username, String role) {
        return scopes.forUser(username, List.of("ROLE_" + role));
    }

    @Test
    void figuresWhenRelationshipManagerThenOwnRowOnlyWithRates() {
        ListFollowUp.Figures figures = followUp.figures(scope("rm1", "RM"), LIST);

        assertThat(figures.managers()).extracting(ListResult::staffId).containsExactly("RM001");
        // contact rate 3 / 4 = 75.0 %, conversion 1 / 3 = 33.3 %
        assertThat(figures.total().contactRate()).isEqualByComparingTo("75.0");
        assertThat(figures.total().conversionRate()).isEqualByComparingTo("33.3");
        assertThat(figures.total().bizDate()).isEqualTo(LATEST);
    }

    @Test
    void figuresWhenLeadersThenManagersOfTheirTeamBranchOrBank() {
        // team S010101: RM001 + RM002 = 6 members, 4 contacted, 1 converted, 12,000.50 - 500.00 = 11,500.50
        ListResult team = followUp.figures(scope("tl1", "TEAM_LEAD"), LIST).total();
        assertThat(List.of(team.members(), team.contacted(), team.converted())).containsExactly(6, 4, 1);
        assertThat(team.aumGained()).isEqualByComparingTo("11500.50");
        // branch B0101 adds RM003: 7 members
        assertThat(followUp.figures(scope("bm1", "BRANCH_MANAGER"), LIST).managers())
                .extracting(ListResult::staffId).containsExactly("RM001", "RM002", "RM003");
        // head office: all five rows, 11 members, 7 contacted, 3 converted, 11,500.50 + 100,000 = 111,500.50
        ListFollowUp.Figures bank = followUp.figures(scope("hq1", "HEAD_OFFICE"), LIST);
        assertThat(bank.managers()).hasSize(5);
        assertThat(List.of(bank.total().members(), bank.total().contacted(), bank.total().converted()))
                .containsExactly(11, 7, 3);
        assertThat(bank.total().aumGained()).isEqualTo(new BigDecimal("111500.50"));
    }

    @Test
    void viewWhenTeamLeadThenListPageShowsTeamFollowUp() throws Exception {
        // 4 of 6 contacted = 66.7 %
        TestFixture.mockMvc(context).perform(get("/target-lists/" + LIST).with(user(users.loadUserByUsername("tl1"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("跟进与转化")))
                .andExpect(content().string(containsString("66.7%")))
                .andExpect(content().string(containsString("11,500.50")));
    }
}
