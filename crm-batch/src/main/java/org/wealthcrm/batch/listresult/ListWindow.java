package org.wealthcrm.batch.listresult;

import java.time.LocalDate;

/** A published (or closed) target list with its target product and its window. */
record ListWindow(long listId, String prodCategory, String prodCode, LocalDate startDate, LocalDate endDate) {

    /** The last day measured on business date {@code date}: the window's end, or the date while it runs. */
    LocalDate until(LocalDate date) {
        return endDate.isBefore(date) ? endDate : date;
    }
}
