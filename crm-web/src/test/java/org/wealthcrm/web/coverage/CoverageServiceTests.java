package org.wealthcrm.web.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.transaction.annotation.Transactional;
import org.wealthcrm.web.CrmWebTest;
import org.wealthcrm.web.scope.DataScope;
import org.wealthcrm.web.scope.OutOfScopeException;
import org.wealthcrm.web.scope.ScopeKind;

/** Figures from next-day.sql (business date 2026-11-21, customers T01..T05 only). */
@CrmWebTest
@Transactional
@Sql("/org/wealthcrm/web/coverage/next-day.sql")
class CoverageServiceTests {

    static final LocalDate NEXT = LocalDate.of(2026, 11, 21);
    static final DataScope BANK = new DataScope(ScopeKind.ALL, "HQ001", "HO000", "/HO000/", false);
    static final DataScope BRANCH = new DataScope(ScopeKind.ORG, "BM001", "B0101", "/HO000/R01/B0101/", false);
    static final DataScope RM1 = new DataScope(ScopeKind.OWN, "RM001", "S010101", "/HO000/R01/B0101/S010101/", false);

    @Autowired
    CoverageService coverage;

    @Test
    void sharesWhenBankByTierThenTwoOfThreeVip4HoldBondFunds() {
        List<CoverageRows.SegmentShares> rows = coverage.shares(BANK, NEXT, null, null, Segment.TIER);

        assertThat(rows).extracting(CoverageRows.SegmentShares::segment).containsExactly("MASS", "VIP3", "VIP4", "ALL");
        CoverageRows.SegmentShares vip4 = rows.get(2);
        assertThat(vip4.label()).isEqualTo("四级贵宾");
        assertThat(vip4.customers()).isEqualTo(3);
        assertThat(vip4.shares()).extracting(CoverageRows.Share::percent).containsExactly(
                new BigDecimal("100.00"), new BigDecimal("33.33"), new BigDecimal("0.00"),
                new BigDecimal("0.00"), new BigDecimal("66.67"), new BigDecimal("0.00"));
        CoverageRows.SegmentShares all = rows.get(3);
        assertThat(all.customers()).isEqualTo(5);
        assertThat(all.shares()).extracting(CoverageRows.Share::holders).containsExactly(5L, 2L, 0L, 0L, 2L, 0L);
        assertThat(all.shares().get(1).percent()).isEqualTo(new BigDecimal("40.00"));
    }

    @Test
    void sharesWhenBranchManagerOrRmThenOnlyTheirCustomersCount() {
        List<CoverageRows.SegmentShares> branch = coverage.shares(BRANCH, NEXT, null, null, Segment.TIER);
        assertThat(branch).extracting(CoverageRows.SegmentShares::segment).containsExactly("MASS", "VIP4", "ALL");
        assertThat(branch.get(1).customers()).isEqualTo(3);
        assertThat(branch.get(1).shares().get(4).percent()).isEqualTo(new BigDecimal("66.67"));

        List<CoverageRows.SegmentShares> own = coverage.shares(RM1, NEXT, null, null, Segment.TIER);
        assertThat(own).extracting(CoverageRows.SegmentShares::segment).containsExactly("MASS", "VIP4", "ALL");
        assertThat(own.get(1).shares().get(4).percent()).isEqualTo(new BigDecimal("100.00"));
    }

    @Test
    void sharesWhenFocusedOnSubBranchAndManagerThenNarrowed() {
        String path = coverage.focusPath(BANK, "S010102");
        List<CoverageRows.SegmentShares> subBranch = coverage.shares(BANK, NEXT, path, null, Segment.TIER);
        assertThat(subBranch).extracting(CoverageRows.SegmentShares::segment).containsExactly("VIP4", "ALL");
        assertThat(subBranch.get(0).shares().get(1).percent()).isEqualTo(new BigDecimal("100.00"));

        List<CoverageRows.SegmentShares> rm2 = coverage.shares(BANK, NEXT, null, "RM002", Segment.TIER);
        assertThat(rm2).extracting(CoverageRows.SegmentShares::customers).containsExactly(1L, 1L);
    }

    @Test
    void sharesWhenByAgeBandThenEachCustomerInHisBand() {
        List<CoverageRows.SegmentShares> rows = coverage.shares(BANK, NEXT, null, null, Segment.AGE);

        assertThat(rows).extracting(CoverageRows.SegmentShares::segment)
                .containsExactly("A30", "A40", "A50", "A60", "U30", "ALL");
        assertThat(rows).extracting(CoverageRows.SegmentShares::label)
                .containsExactly("30-39岁", "40-49岁", "50-59岁", "60岁及以上", "30岁以下", "合计");
        assertThat(rows.get(3).shares().get(1).percent()).isEqualTo(new BigDecimal("100.00"));
    }

    @Test
    void focusWhenOrgOutsideScopeThenRefused() {
        assertThatThrownBy(() -> coverage.focusPath(BRANCH, "B0201")).isInstanceOf(OutOfScopeException.class);
    }

    @Test
    void gapsWhenBankThenAffluentWithoutFundAndVipMaturingDeposits() {
        assertThat(coverage.affluentWithoutFund(BANK, NEXT, null, null))
                .extracting(CoverageRows.GapCustomer::custId).containsExactly("T04", "T03");
        List<CoverageRows.GapCustomer> maturing = coverage.vipMaturingDeposits(BANK, NEXT, null, null);
        assertThat(maturing).extracting(CoverageRows.GapCustomer::custId).containsExactly("T04");
        assertThat(maturing.get(0).maturityDate()).isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(maturing.get(0).managerName()).isEqualTo("刘洋");
    }

    @Test
    void gapsWhenBranchManagerThenOnlyHisBranch() {
        assertThat(coverage.affluentWithoutFund(BRANCH, NEXT, null, null))
                .extracting(CoverageRows.GapCustomer::custId).containsExactly("T03");
        assertThat(coverage.vipMaturingDeposits(BRANCH, NEXT, null, null)).isEmpty();
    }
}
