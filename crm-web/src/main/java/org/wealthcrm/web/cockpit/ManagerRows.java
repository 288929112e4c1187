package org.wealthcrm.web.cockpit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import org.wealthcrm.web.goal.GoalMetric;

/** The flat rows of the manager cockpit ({@code /cockpit/me}). */
final class ManagerRows {

    private ManagerRows() {
    }

    /** A slice of the book: customers holding assets, or with an empty position (AUM 0 or nothing held). */
    record PositionSlice(String name, long customers, BigDecimal aum) {
    }

    /** An open (OPEN or ACKED) churn alert raised by the nightly run, with the manager it was raised for. */
    record ChurnAlert(String custId, String custName, String tier, BigDecimal aum, BigDecimal churnScore,
                      String mainRmName, String status, LocalDate raisedOn) {

        public String statusName() {
            return "ACKED".equals(status) ? "跟进中" : "待处理";
        }
    }

    /**
     * The viewer's unit's target of a metric in the month and its completion as of the month's latest computed date
     * (on or before the cockpit's date); actual 0 when nothing was computed yet.
     */
    record GoalProgress(String metric, BigDecimal target, BigDecimal actual, LocalDate asOf) {

        public String label() {
            return GoalMetric.valueOf(metric).label();
        }

        public String unit() {
            return GoalMetric.valueOf(metric).unit();
        }

        /** Customer counts are whole; money has cents. */
        public int decimals() {
            return "NEW_VIP".equals(metric) ? 0 : 2;
        }

        public BigDecimal achieved() {
            return actual == null ? BigDecimal.ZERO : actual;
        }

        /** Completion in percent, one decimal; null without a positive target. */
        public BigDecimal percent() {
            if (target == null || target.signum() <= 0) {
                return null;
            }
            return achieved().multiply(BigDecimal.valueOf(100)).divide(target, 1, RoundingMode.HALF_UP);
        }

        /** The progress bar's width: the percentage held between 0 and 100. */
        public BigDecimal barWidth() {
            BigDecimal percent = percent();
            return percent == null || percent.signum() < 0 ? BigDecimal.ZERO : percent.min(BigDecimal.valueOf(100));
        }
    }

    /** A published target list running on the date: its members in the viewer's scope and how many were contacted. */
    record ListProgress(long listId, String listName, LocalDate endDate, long members, long contacted) {

        public BigDecimal contactedPercent() {
            return KpiRow.percent(BigDecimal.valueOf(contacted), BigDecimal.valueOf(members));
        }
    }
}
