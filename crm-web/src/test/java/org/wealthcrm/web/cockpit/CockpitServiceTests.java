package org.wealthcrm.web.cockpit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.wealthcrm.web.Fixture.LATEST;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wealthcrm.web.CrmWebTest;
import org.wealthcrm.web.Fixture;
import org.wealthcrm.web.scope.DataScope;
import org.wealthcrm.web.scope.DataScopes;
import org.wealthcrm.web.scope.OutOfScopeException;

/** Expected figures are sums of fixture.sql's customer_metrics rows, worked out by hand. */
@CrmWebTest
class CockpitServiceTests {

    @Autowired
    CockpitService cockpit;

    @Autowired
    DataScopes scopes;

    private DataScope scope(String username, String role) {
        return scopes.forUser(username, List.of("ROLE_" + role));
    }

    @Test
    void kpisWhenHeadOfficeThenWholeBank() {
        DataScope hq = scope("hq1", "HEAD_OFFICE");
        CockpitRows.Kpis kpis = cockpit.kpis(hq, cockpit.focus(hq, null), LATEST);
        assertThat(kpis.customers()).isEqualTo(8);
        assertThat(kpis.aum()).isEqualByComparingTo("12526146.17");
        assertThat(kpis.aumAvg30()).isEqualByComparingTo("11969250.25");
        assertThat(kpis.vipCustomers()).isEqualTo(6);
    }

    @Test
    void kpisWhenBranchManagerThenCustomersHomedInBranchSubtree() {
        DataScope bm = scope("bm1", "BRANCH_MANAGER");
        CockpitRows.Kpis kpis = cockpit.kpis(bm, cockpit.focus(bm, null), LATEST);
        assertThat(kpis.customers()).isEqualTo(5);
        assertThat(kpis.aum()).isEqualByComparingTo("10168800.50");
        assertThat(kpis.aumAvg30()).isEqualByComparingTo("9806250.25");
        assertThat(kpis.vipCustomers()).isEqualTo(4);
    }

    @Test
    void kpisWhenHeadOfficeOnEarlierDateThenThatDatesFigures() {
        DataScope hq = scope("hq1", "HEAD_OFFICE");
        CockpitRows.Kpis kpis = cockpit.kpis(hq, cockpit.focus(hq, null), Fixture.FIRST);
        assertThat(kpis.customers()).isEqualTo(7);
        assertThat(kpis.aum()).isEqualByComparingTo("12184500.00");
    }

    @Test
    void tiersWhenHeadOfficeThenAllFiveTiersWithCountsAndAum() {
        DataScope hq = scope("hq1", "HEAD_OFFICE");
        assertThat(cockpit.tiers(hq, cockpit.focus(hq, null), LATEST))
                .extracting(CockpitRows.TierSlice::tierName, CockpitRows.TierSlice::customers,
                        slice -> slice.aum().setScale(2).toPlainString())
                .containsExactly(
                        tuple("一级贵宾", 1L, "8200000.00"),
                        tuple("二级贵宾", 2L, "3550000.50"),
                        tuple("三级贵宾", 1L, "620000.00"),
                        tuple("四级贵宾", 2L, "143000.00"),
                        tuple("普通客户", 2L, "13145.67"));
    }

    @Test
    void tiersWhenRelationshipManagerThenOnlyHisCustomersAndZeroTiers() {
        DataScope rm = scope("rm1", "RM");
        assertThat(cockpit.tiers(rm, cockpit.focus(rm, null), LATEST))
                .extracting(CockpitRows.TierSlice::customers)
                .containsExactly(1L, 2L, 0L, 0L, 0L);
    }

    @Test
    void breakdownWhenHeadOfficeThenRegions() {
        DataScope hq = scope("hq1", "HEAD_OFFICE");
        Focus focus = cockpit.focus(hq, null);
        assertThat(focus.breakdownName()).isEqualTo("区域");
        assertThat(cockpit.breakdown(hq, focus, LATEST))
                .extracting(CockpitRows.Slice::drillOrg, CockpitRows.Slice::customers,
                        slice -> slice.aum().setScale(2).toPlainString())
                .containsExactly(tuple("R01", 6L, "12468800.50"), tuple("R02", 2L, "57345.67"));
    }

    @Test
    void breakdownWhenRegionalManagerThenBranchesOfHisRegion() {
        DataScope rgm = scope("rgm1", "REGIONAL_MANAGER");
        assertThat(cockpit.breakdown(rgm, cockpit.focus(rgm, null), LATEST))
                .extracting(CockpitRows.Slice::code, CockpitRows.Slice::customers,
                        slice -> slice.aum().setScale(2).toPlainString())
                .containsExactly(tuple("B0101", 5L, "10168800.50"), tuple("B0102", 1L, "2300000.00"));
    }

    @Test
    void breakdownWhenBranchManagerThenSubBranchesIncludingEmptyOnes() {
        DataScope bm = scope("bm1", "BRANCH_MANAGER");
        assertThat(cockpit.breakdown(bm, cockpit.focus(bm, null), LATEST))
                .extracting(CockpitRows.Slice::code, CockpitRows.Slice::customers,
                        slice -> slice.aum().setScale(2).toPlainString())
                .containsExactly(tuple("S010101", 4L, "10070800.50"), tuple("S010102", 1L, "98000.00"));
    }

    @Test
    void breakdownWhenDrilledToSubBranchThenMainManagersAndPublicPool() {
        DataScope bm = scope("bm1", "BRANCH_MANAGER");
        Focus focus = cockpit.focus(bm, "S010101");
        assertThat(focus.breakdownName()).isEqualTo("客户经理");
        assertThat(cockpit.breakdown(bm, focus, LATEST))
                .extracting(CockpitRows.Slice::name, CockpitRows.Slice::customers,
                        slice -> slice.aum().setScale(2).toPlainString(), CockpitRows.Slice::drillOrg)
                .containsExactly(tuple("张伟", 2L, "9450000.50", null), tuple("李娜", 1L, "620000.00", null),
                        tuple("公共池", 1L, "800.00", null));
    }

    @Test
    void breakdownWhenRelationshipManagerThenByMainManagerOfHisCustomers() {
        DataScope rm = scope("rm1", "RM");
        assertThat(cockpit.breakdown(rm, cockpit.focus(rm, null), LATEST))
                .extracting(CockpitRows.Slice::code, CockpitRows.Slice::customers)
                .containsExactly(tuple("RM001", 2L), tuple("RM005", 1L));
    }

    @Test
    void focusWhenBranchManagerDrillsOutsideHisBranchThenRefused() {
        DataScope bm = scope("bm1", "BRANCH_MANAGER");
        assertThatThrownBy(() -> cockpit.focus(bm, "R02")).isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> cockpit.focus(bm, "B0102")).isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> cockpit.focus(bm, "R01")).isInstanceOf(OutOfScopeException.class);
    }

    @Test
    void focusWhenRelationshipManagerAsksForAnotherOrgThenRefused() {
        assertThatThrownBy(() -> cockpit.focus(scope("rm1", "RM"), "S010102"))
                .isInstanceOf(OutOfScopeException.class);
    }

    @Test
    void trailWhenHeadOfficeDrillsToBranchThenPathFromHeadOffice() {
        DataScope hq = scope("hq1", "HEAD_OFFICE");
        assertThat(cockpit.trail(hq, cockpit.focus(hq, "B0101")))
                .extracting(CockpitRows.OrgUnit::orgCode).containsExactly("HO000", "R01", "B0101");
        DataScope bm = scope("bm1", "BRANCH_MANAGER");
        assertThat(cockpit.trail(bm, cockpit.focus(bm, "S010102")))
                .extracting(CockpitRows.OrgUnit::orgCode).containsExactly("B0101", "S010102");
    }

    @Test
    void trendWhenHeadOfficeThenTotalsPerPublishedDateOldestFirst() {
        DataScope hq = scope("hq1", "HEAD_OFFICE");
        assertThat(cockpit.trend(hq, cockpit.focus(hq, null), LATEST))
                .extracting(CockpitRows.TrendPoint::bizDate, CockpitRows.TrendPoint::customers,
                        point -> point.aum().setScale(2).toPlainString())
                .containsExactly(tuple(Fixture.FIRST, 7L, "12184500.00"),
                        tuple(Fixture.PREVIOUS, 8L, "12355700.00"),
                        tuple(LATEST, 8L, "12526146.17"));
    }

    @Test
    void trendWhenDrilledToRegionThenOnlyThatRegion() {
        DataScope hq = scope("hq1", "HEAD_OFFICE");
        List<CockpitRows.TrendPoint> trend = cockpit.trend(hq, cockpit.focus(hq, "R02"), LATEST);
        assertThat(trend).extracting(point -> point.aum().setScale(2))
                .containsExactly(new BigDecimal("58500.00"), new BigDecimal("58000.00"), new BigDecimal("57345.67"));
    }
}
