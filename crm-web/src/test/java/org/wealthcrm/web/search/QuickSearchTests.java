package org.wealthcrm.web.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.wealthcrm.web.CrmWebTest;
import org.wealthcrm.web.Fixture;
import org.wealthcrm.web.TestCustomers;
import org.wealthcrm.web.scope.DataScope;
import org.wealthcrm.web.scope.DataScopes;

@CrmWebTest
@Transactional
class QuickSearchTests {

    @Autowired
    QuickSearch search;

    @Autowired
    CustomerInitials initials;

    @Autowired
    DataScopes scopes;

    @Autowired
    JdbcTemplate jdbc;

    private DataScope scope(String username, String role) {
        return scopes.forUser(username, List.of("ROLE_" + role));
    }

    private List<String> ids(String username, String role, String query) {
        return search.search(scope(username, role), query).stream().map(SearchRows.Hit::custId).toList();
    }

    @Test
    void searchWhenPinyinInitialsThenCustomerFoundByStartupFill() {
        assertThat(ids("hq1", "HEAD_OFFICE", "zs")).containsExactly("C001");
        assertThat(ids("hq1", "HEAD_OFFICE", "ZXM")).containsExactly("C008");
        assertThat(ids("hq1", "HEAD_OFFICE", "z")).containsExactly("C001", "C004", "C007", "C008");
    }

    @Test
    void searchWhenSeveralKeywordsThenEveryKeywordMustMatch() {
        assertThat(ids("hq1", "HEAD_OFFICE", "张 1111")).containsExactly("C001", "C008");
        assertThat(ids("hq1", "HEAD_OFFICE", "张\u3000zxm")).containsExactly("C008");
        assertThat(ids("hq1", "HEAD_OFFICE", "张 13900002222")).isEmpty();
    }

    @Test
    void searchWhenNamesMatchDifferentlyThenExactBeforePrefixBeforeContains() {
        for (String[] c : new String[][] {{"S01", "张李明"}, {"S02", "李明华"}, {"S03", "李明"}}) {
            TestCustomers.customer(jdbc, c[0], c[1], "S010101");
        }
        assertThat(initials.fillMissing()).isEqualTo(3);
        assertThat(ids("hq1", "HEAD_OFFICE", "李明")).containsExactly("S03", "S02", "S01");
        assertThat(ids("hq1", "HEAD_OFFICE", "lm")).containsExactly("S03", "S02");
    }

    @Test
    void searchWhenNumbersThenCustomerNumberMobileAndIdNumberFound() {
        assertThat(ids("hq1", "HEAD_OFFICE", "C003")).containsExactly("C003");
        assertThat(ids("hq1", "HEAD_OFFICE", "13700003333")).containsExactly("C003");
        assertThat(ids("hq1", "HEAD_OFFICE", "310101199003033456")).containsExactly("C003");
    }

    @Test
    void searchWhenRelationshipManagerThenOnlyOwnCustomersWithFullNumbers() {
        assertThat(ids("rm1", "RM", "王五")).isEmpty();
        List<SearchRows.Hit> hits = search.search(scope("rm1", "RM"), "张三");
        assertThat(hits).extracting(SearchRows.Hit::mobile).containsExactly("13800001111");
    }

    @Test
    void searchWhenComplianceOrPoolCustomerThenNumbersMasked() {
        assertThat(search.search(scope("cmp1", "COMPLIANCE"), "张三")).extracting(SearchRows.Hit::mobile,
                SearchRows.Hit::idNo).containsExactly(tuple("138****1111",
                "310101********1234"));
        TestCustomers.customer(jdbc, "P07", "公海甲", "S010101");
        TestCustomers.pooled(jdbc, "P07", "P", Fixture.LATEST, "RM001");
        assertThat(search.search(scope("bm1", "BRANCH_MANAGER"), "公海甲"))
                .extracting(SearchRows.Hit::mobile).containsExactly("138****0007");
    }
}
