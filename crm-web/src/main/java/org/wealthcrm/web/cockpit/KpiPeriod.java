package org.wealthcrm.web.cockpit;

import java.time.LocalDate;

/** Whether the KPI views read the day rows of a business date or the month rows of its month. */
enum KpiPeriod {
    DAY, MONTH;

    static KpiPeriod of(String name) {
        return "month".equalsIgnoreCase(name) ? MONTH : DAY;
    }

    /** The key of the rows read for business date {@code date}: the date itself, or the 1st of its month. */
    LocalDate key(LocalDate date) {
        return this == MONTH ? date.withDayOfMonth(1) : date;
    }
}
