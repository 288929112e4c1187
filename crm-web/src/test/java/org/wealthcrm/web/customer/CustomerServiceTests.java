package org.wealthcrm.web.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.wealthcrm.web.Fixture.LATEST;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wealthcrm.web.CrmWebTest;
import org.wealthcrm.web.Fixture;
import org.wealthcrm.web.scope.DataScope;
import org.wealthcrm.web.scope.DataScopes;
import org.wealthcrm.web.scope.OutOfScopeException;

@CrmWebTest
class CustomerServiceTests {

    @Autowired
    CustomerService customers;

    @Autowired
    DataScopes scopes;

    private DataScope scope(String username, String role) {
        return scopes.forUser(username, List.of("ROLE_" + role));
    }

    private CustomerPage list(String username, String role, LocalDate date, String search) {
        return customers.list(scope(username, role), CustomerQuery.of(date, search, "cust_id", "asc", 50, 1));
    }

    private List<String> ids(CustomerPage page) {
        return page.rows().stream().map(CustomerRow::custId).toList();
    }

    @Test
    void listWhenRelationshipManagerThenMainAndAssistedCustomersOnly() {
        CustomerPage page = list("rm1", "RM", LATEST, null);
        assertThat(page.total()).isEqualTo(3);
        assertThat(ids(page)).containsExactly("C001", "C002", "C005");
        assertThat(ids(list("rm2", "RM", LATEST, null))).containsExactly("C002", "C003");
    }

    @Test
    void listWhenTeamLeadThenCustomersOfTeamMainManagers() {
        assertThat(ids(list("tl1", "TEAM_LEAD", LATEST, null))).containsExactly("C001", "C002", "C003");
    }

    @Test
    void listWhenBranchManagerThenCustomersHomedInBranchSubtree() {
        CustomerPage page = list("bm1", "BRANCH_MANAGER", LATEST, null);
        assertThat(page.total()).isEqualTo(5);
        assertThat(ids(page)).containsExactly("C001", "C002", "C003", "C004", "C008");
    }

    @Test
    void listWhenRegionalManagerThenCustomersHomedInRegion() {
        assertThat(ids(list("rgm1", "REGIONAL_MANAGER", LATEST, null)))
                .containsExactly("C001", "C002", "C003", "C004", "C005", "C008");
    }

    @Test
    void listWhenHeadOfficeThenAllCustomers() {
        assertThat(list("hq1", "HEAD_OFFICE", LATEST, null).total()).isEqualTo(8);
    }

    @Test
    void listWhenOperationsThenNoCustomers() {
        assertThat(list("ops1", "OPERATIONS", LATEST, null).total()).isZero();
    }

    @Test
    void listWhenEarlierDateThenCustomersPublishedThatDay() {
        assertThat(list("hq1", "HEAD_OFFICE", Fixture.FIRST, null).total()).isEqualTo(7);
    }

    @Test
    void searchWhenNameFragmentThenNamesContainingItWithinScope() {
        assertThat(ids(list("hq1", "HEAD_OFFICE", LATEST, "张"))).containsExactly("C001", "C008");
        assertThat(ids(list("rm1", "RM", LATEST, "张"))).containsExactly("C001");
    }

    @Test
    void searchWhenMobileSuffixThenMobilesEndingWithItWithinScope() {
        assertThat(ids(list("hq1", "HEAD_OFFICE", LATEST, "1111"))).containsExactly("C001", "C008");
        assertThat(ids(list("rm1", "RM", LATEST, "1111"))).containsExactly("C001");
        assertThat(ids(list("hq1", "HEAD_OFFICE", LATEST, "13900002222"))).containsExactly("C002");
    }

    @Test
    void searchWhenIdNumberThenExactMatchOnly() {
        assertThat(ids(list("hq1", "HEAD_OFFICE", LATEST, "310101199003033456"))).containsExactly("C003");
        assertThat(list("hq1", "HEAD_OFFICE", LATEST, "31010119900303").total()).isZero();
    }

    @Test
    void searchWhenCustomerNumberThenExactMatchWithinScope() {
        assertThat(ids(list("hq1", "HEAD_OFFICE", LATEST, "C004"))).containsExactly("C004");
        assertThat(list("rm1", "RM", LATEST, "C004").total()).isZero();
    }

    @Test
    void searchWhenTextHasLikeWildcardsThenTakenLiterally() {
        assertThat(list("hq1", "HEAD_OFFICE", LATEST, "%").total()).isZero();
        assertThat(list("hq1", "HEAD_OFFICE", LATEST, "_").total()).isZero();
    }

    @Test
    void listWhenSortedByTierThenHighestTierFirstThenCustomerNumber() {
        CustomerPage page = customers.list(scope("hq1", "HEAD_OFFICE"),
                CustomerQuery.of(LATEST, null, "tier", "asc", 10, 1));
        assertThat(ids(page)).containsExactly("C001", "C002", "C005", "C003", "C004", "C006", "C007", "C008");
    }

    @Test
    void listWhenSortedByAumDescendingWithPageSizeTenThenSecondPageEmpty() {
        DataScope hq = scope("hq1", "HEAD_OFFICE");
        CustomerPage first = customers.list(hq, CustomerQuery.of(LATEST, null, "aum", "desc", 10, 1));
        assertThat(ids(first)).startsWith("C001", "C005", "C002", "C003").endsWith("C008");
        assertThat(first.rows().get(0).aum()).isEqualByComparingTo("8200000.00");
        assertThat(customers.list(hq, CustomerQuery.of(LATEST, null, "aum", "desc", 10, 2)).rows()).isEmpty();
    }

    @Test
    void listWhenComplianceThenMobileMasked() {
        CustomerRow first = list("cmp1", "COMPLIANCE", LATEST, "C001").rows().get(0);
        assertThat(first.mobile()).isEqualTo("138****1111");
        assertThat(list("hq1", "HEAD_OFFICE", LATEST, "C001").rows().get(0).mobile()).isEqualTo("13800001111");
    }

    @Test
    void viewWhenRelationshipManagerAsksForAnotherManagersCustomerThenRefused() {
        assertThatThrownBy(() -> customers.view(scope("rm1", "RM"), "C003", LATEST))
                .isInstanceOf(OutOfScopeException.class)
                .hasMessage("无权访问该客户");
    }

    @Test
    void viewWhenCustomerDoesNotExistThenRefusedTheSameWay() {
        assertThatThrownBy(() -> customers.view(scope("hq1", "HEAD_OFFICE"), "C999", LATEST))
                .isInstanceOf(OutOfScopeException.class);
    }

    @Test
    void viewWhenOwnCustomerThenHoldingsOfTheDateAddUpToAum() {
        CustomerView view = customers.view(scope("rm1", "RM"), "C001", LATEST);
        assertThat(view.profile().custName()).isEqualTo("张三");
        assertThat(view.managers()).extracting(Holdings.Manager::staffId).containsExactly("RM001");
        assertThat(view.deposits()).extracting(Holdings.Deposit::acctNo)
                .containsExactly("6222000000000001", "6222000000000002");
        assertThat(view.depositTotal()).isEqualByComparingTo("4200000.00");
        assertThat(view.wealthTotal()).isEqualByComparingTo("2500000.00");
        assertThat(view.funds()).singleElement().satisfies(fund -> {
            assertThat(fund.nav()).isEqualByComparingTo("1.5000");
            assertThat(fund.navDate()).isEqualTo(LATEST);
            assertThat(fund.marketValueCny()).isEqualByComparingTo("1500000.00");
        });
        assertThat(view.holdingsTotal()).isEqualByComparingTo(view.metrics().aum());
    }

    @Test
    void viewWhenEarlierDateThenFundValuedAtNavOfThatDate() {
        CustomerView view = customers.view(scope("hq1", "HEAD_OFFICE"), "C001", Fixture.PREVIOUS);
        assertThat(view.funds().get(0).marketValueCny()).isEqualByComparingTo("1480000.00");
        assertThat(view.depositTotal()).isEqualByComparingTo("1100000.00");
        assertThat(view.metrics().aum()).isEqualByComparingTo(new BigDecimal("8100000.00"));
    }

    @Test
    void viewWhenAssistingManagerThenCustomerShownWithBothManagers() {
        CustomerView view = customers.view(scope("rm1", "RM"), "C005", LATEST);
        assertThat(view.managers()).extracting(Holdings.Manager::staffId, Holdings.Manager::relType)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("RM005", "M"),
                        org.assertj.core.groups.Tuple.tuple("RM001", "A"));
    }

    @Test
    void viewWhenComplianceThenIdNumberAndMobileMasked() {
        CustomerProfile profile = customers.view(scope("cmp1", "COMPLIANCE"), "C001", LATEST).profile();
        assertThat(profile.idNo()).isEqualTo("310101********1234");
        assertThat(profile.mobile()).isEqualTo("138****1111");
    }

    @Test
    void aumTrendWhenLatestDateThenPublishedDatesOldestFirst() {
        List<Holdings.AumPoint> trend = customers.aumTrend(scope("rm1", "RM"), "C001", LATEST);
        assertThat(trend).extracting(Holdings.AumPoint::bizDate)
                .containsExactly(Fixture.FIRST, Fixture.PREVIOUS, LATEST);
        assertThat(trend).extracting(point -> point.aum().toPlainString())
                .containsExactly("8000000.00", "8100000.00", "8200000.00");
        assertThat(customers.aumTrend(scope("rm1", "RM"), "C001", Fixture.PREVIOUS)).hasSize(2);
    }

    @Test
    void aumTrendWhenOutOfScopeThenRefused() {
        assertThatThrownBy(() -> customers.aumTrend(scope("rm2", "RM"), "C001", LATEST))
                .isInstanceOf(OutOfScopeException.class);
    }
}
