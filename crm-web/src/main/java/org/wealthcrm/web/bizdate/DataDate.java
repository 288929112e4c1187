package org.wealthcrm.web.bizdate;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * The date of the figures every page shows (the latest date a night published) against the calendar: stale when it
 * is older than the last working day before today (Monday to Friday; the bank's holiday calendar is not modelled).
 */
public record DataDate(LocalDate latest, LocalDate lastWorkingDay, boolean stale) {

    public static DataDate of(LocalDate latest, LocalDate today) {
        LocalDate working = today.minusDays(1);
        while (working.getDayOfWeek() == DayOfWeek.SATURDAY || working.getDayOfWeek() == DayOfWeek.SUNDAY) {
            working = working.minusDays(1);
        }
        return new DataDate(latest, working, latest.isBefore(working));
    }
}
