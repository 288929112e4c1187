package org.wealthcrm.web.cockpit;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One unit's manager KPIs of a day ({@code kpi_day}) or a month ({@code kpi_month}), as the nightly batch computed
 * them (definitions: crm-batch {@code org/wealthcrm/batch/kpi/README.md}). Flows (tier moves, new customers, sales,
 * lost AUM) are the day's on a day row and the month's so far on a month row; comparisons without a base are null.
 */
record KpiRow(String unitLevel, String unitId, String name, String drillOrg, long customers, BigDecimal aum,
              BigDecimal aumAvg, BigDecimal aumMomBase, BigDecimal aumMomChange, BigDecimal aumYoyBase,
              BigDecimal aumYoyChange, long vipCustomers, Integer tierUpgrades, Integer tierDowngrades,
              Integer newCustomers, BigDecimal fundSalesMarketer, BigDecimal fundSalesShare,
              BigDecimal wealthSalesShare, BigDecimal vipContactRate30, BigDecimal vipContactRate90,
              Integer customersLost, BigDecimal aumLost, BigDecimal listContactRate,
              BigDecimal listConversionRate) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Month-on-month AUM change in percent of the base, 2 decimals; null without a positive base. */
    public BigDecimal momPercent() {
        return percent(aumMomChange, aumMomBase);
    }

    /** Year-on-year AUM change in percent of the base, 2 decimals; null without a positive base. */
    public BigDecimal yoyPercent() {
        return percent(aumYoyChange, aumYoyBase);
    }

    static BigDecimal percent(BigDecimal change, BigDecimal base) {
        if (change == null || base == null || base.signum() <= 0) {
            return null;
        }
        return change.multiply(HUNDRED).divide(base, 2, RoundingMode.HALF_UP);
    }
}
