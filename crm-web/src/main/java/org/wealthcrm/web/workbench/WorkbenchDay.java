package org.wealthcrm.web.workbench;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The dates a workbench list is computed for: the calendar day for tasks and follow-ups, the published business date
 * for everything that comes from the nightly data (maturities, pool warnings); churn alerts are the open rows of
 * {@code churn_alert}, raised by the nightly run.
 */
record WorkbenchDay(LocalDate today, LocalDate businessDate) {

    static final int MATURITY_DAYS = 30;

    public LocalDateTime todayStart() {
        return today.atStartOfDay();
    }

    public LocalDateTime tomorrowStart() {
        return today.plusDays(1).atStartOfDay();
    }

    public LocalDateTime businessDayStart() {
        return businessDate.atStartOfDay();
    }

    public LocalDate maturityHorizon() {
        return businessDate.plusDays(MATURITY_DAYS);
    }

    public int month() {
        return today.getMonthValue();
    }
}
