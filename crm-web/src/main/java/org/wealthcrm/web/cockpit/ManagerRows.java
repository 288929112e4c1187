package org.wealthcrm.web.cockpit;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The flat rows of the manager cockpit ({@code /cockpit/me}). */
final class ManagerRows {

    private ManagerRows() {
    }

    /** A slice of the book: customers holding assets, or with an empty position (AUM 0 or nothing held). */
    record PositionSlice(String name, long customers, BigDecimal aum) {
    }

    /** A customer of a valuable tier whose churn score reached the alert threshold. */
    record ChurnAlert(String custId, String custName, String tier, BigDecimal aum, BigDecimal churnScore,
                      String mainRmName) {
    }

    /** A published target list running on the date: its members in the viewer's scope and how many were contacted. */
    record ListProgress(long listId, String listName, LocalDate endDate, long members, long contacted) {

        public BigDecimal contactedPercent() {
            return KpiRow.percent(BigDecimal.valueOf(contacted), BigDecimal.valueOf(members));
        }
    }
}
