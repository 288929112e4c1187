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

    /**
     * Maturities are listed from the business date, but never one that has already passed on the calendar: when the
     * data lags behind today, what matured in between is no longer "coming".
     */
    public LocalDate maturityFrom() {
        return today.isAfter(businessDate) ? today : businessDate;
    }

    /** Thirty days from the business date of the figures. */
    public LocalDate maturityHorizon() {
        return businessDate.plusDays(MATURITY_DAYS);
    }

    public int month() {
        return today.getMonthValue();
    }
}
