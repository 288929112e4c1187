package org.wealthcrm.web.cockpit;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The flat rows the cockpit reads. */
final class CockpitRows {

    private CockpitRows() {
    }

    record OrgUnit(String orgCode, String orgName, int orgLevel, String parentCode, String orgPath) {
    }

    record Kpis(long customers, BigDecimal aum, BigDecimal aumAvg30, long vipCustomers) {
    }

    record TierSlice(String tier, String tierName, long customers, BigDecimal aum) {
    }

    /** One bar of the breakdown: a child org unit, or a main manager; {@code drillOrg} is set when it drills down. */
    record Slice(String code, String name, long customers, BigDecimal aum, BigDecimal aumAvg30, String drillOrg) {

        Slice named(String shownName) {
            return new Slice(code, shownName, customers, aum, aumAvg30, drillOrg);
        }
    }

    record TrendPoint(LocalDate bizDate, long customers, BigDecimal aum, BigDecimal aumAvg30) {
    }
}
