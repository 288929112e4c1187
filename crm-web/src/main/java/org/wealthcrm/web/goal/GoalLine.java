package org.wealthcrm.web.goal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** One unit's target of a metric and what it achieved; completion in percent for the progress bar. */
record GoalLine(GoalRows.Unit unit, BigDecimal target, String state, BigDecimal actual) {

    /** Actual as a percentage of the target, one decimal; null without a (positive) target. */
    public BigDecimal percent() {
        if (target == null || target.signum() <= 0) {
            return null;
        }
        return actual.multiply(BigDecimal.valueOf(100)).divide(target, 1, RoundingMode.HALF_UP);
    }

    /** The bar's width: the percentage held between 0 and 100. */
    public BigDecimal barWidth() {
        BigDecimal percent = percent();
        if (percent == null || percent.signum() < 0) {
            return BigDecimal.ZERO;
        }
        return percent.min(BigDecimal.valueOf(100));
    }

    public boolean draft() {
        return "DRAFT".equals(state);
    }
}
