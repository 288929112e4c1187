package org.wealthcrm.web.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.wealthcrm.web.Fixture.LATEST;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.wealthcrm.web.CrmWebTest;
import org.wealthcrm.web.TestCustomers;
import org.wealthcrm.web.scope.DataScopes;

@CrmWebTest
@Transactional
class CustomerFilterTests {

    @Autowired
    CustomerService customers;

    @Autowired
    DataScopes scopes;

    @Autowired
    JdbcTemplate jdbc;

    private List<String> ids(String username, String role, CustomerFilter filter) {
        CustomerQuery query = CustomerQuery.of(LATEST, null, "cust_id", "asc", 50, 1, filter);
        return customers.list(scopes.forUser(username, List.of("ROLE_" + role)), query).rows().stream()
                .map(CustomerRow::custId).toList();
    }

    private static CustomerFilter filter(String tier, String interval, String activity, Integer coverage) {
        return new CustomerFilter(tier, interval, activity, coverage, null, null, null);
    }

    @Test
    void listWhenMetricFiltersThenOnlyMatchingCustomers() {
        assertThat(ids("hq1", "HEAD_OFFICE", filter("VIP2", null, null, null))).containsExactly("C002", "C005");
        assertThat(ids("hq1", "HEAD_OFFICE", filter(null, "A03", null, null))).containsExactly("C006", "C007");
        assertThat(ids("hq1", "HEAD_OFFICE", filter(null, null, "L5", null))).containsExactly("C006", "C008");
        assertThat(ids("hq1", "HEAD_OFFICE", filter(null, null, null, 4))).containsExactly("C001", "C005");
        assertThat(ids("hq1", "HEAD_OFFICE", filter("VIP2", null, "L1", 5))).containsExactly("C005");
        assertThat(ids("bm1", "BRANCH_MANAGER", filter("VIP2", null, null, null))).containsExactly("C002");
    }

    @Test
    void listWhenOwnerOrTagFilterThenOnlyThoseCustomers() {
        assertThat(ids("hq1", "HEAD_OFFICE", new CustomerFilter(null, null, null, null, null, "RM004", null)))
                .containsExactly("C006", "C007");
        jdbc.update("insert into customer_tag (cust_id, tag_code, tagged_by, tagged_at)"
                + " values ('C003', 'HNW', 'RM002', current_timestamp)");
        assertThat(ids("hq1", "HEAD_OFFICE", new CustomerFilter(null, null, null, null, "HNW", null, null)))
                .containsExactly("C003");
    }

    @Test
    void listWhenLastContactNineteenDaysAgoThenIdleNineteenIncludesAndTwentyExcludes() {
        TestCustomers.served(jdbc, "C001", "RM001", LocalDate.of(2026, 11, 1));
        assertThat(ids("rm1", "RM", new CustomerFilter(null, null, null, null, null, null, 19)))
                .containsExactly("C001", "C002", "C005");
        assertThat(ids("rm1", "RM", new CustomerFilter(null, null, null, null, null, null, 20)))
                .containsExactly("C002", "C005");
    }

    @Test
    void newFilterWhenUnknownTierThenRefused() {
        assertThatThrownBy(() -> filter("VIP9", null, null, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
