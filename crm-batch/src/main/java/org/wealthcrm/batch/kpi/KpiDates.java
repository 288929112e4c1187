package org.wealthcrm.batch.kpi;

import java.sql.Types;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The dates one business date's KPIs are measured against. Every base is a date with published figures, or null
 * when the mart has none for it: a comparison without data stays empty, it is never taken from a nearby date.
 *
 * @param day        the business date
 * @param previous   the previous published date (day-on-day tier moves, new and lost customers)
 * @param monthBase  the last published date before the month (month-to-date moves, lost customers)
 * @param momBase    the same day a month before (the month's last day when {@code day} is a month end)
 * @param yoyBase    the same day a year before (the month's last day when {@code day} is a month end)
 * @param monthDates published dates from the 1st of the month to {@code day} (the month-to-date average divides by it)
 */
record KpiDates(LocalDate day, LocalDate previous, LocalDate monthBase, LocalDate momBase, LocalDate yoyBase,
                int monthDates) {

    static KpiDates of(LocalDate day, PublishedDates published) {
        LocalDate monthStart = day.withDayOfMonth(1);
        return new KpiDates(day, published.lastBefore(day), published.lastBefore(monthStart),
                published.ifPublished(monthOnMonth(day)), published.ifPublished(yearOnYear(day)),
                published.countIn(monthStart, day));
    }

    static LocalDate monthOnMonth(LocalDate day) {
        LocalDate base = day.minusMonths(1);
        return isMonthEnd(day) ? base.with(TemporalAdjusters.lastDayOfMonth()) : base;
    }

    static LocalDate yearOnYear(LocalDate day) {
        LocalDate base = day.minusYears(1);
        return isMonthEnd(day) ? base.with(TemporalAdjusters.lastDayOfMonth()) : base;
    }

    private static boolean isMonthEnd(LocalDate day) {
        return day.equals(day.with(TemporalAdjusters.lastDayOfMonth()));
    }

    LocalDate monthStart() {
        return day.withDayOfMonth(1);
    }

    /** The named parameters of {@code kpi_day.sql}. */
    MapSqlParameterSource parameters() {
        return new MapSqlParameterSource()
                .addValue("d", day, Types.DATE)
                .addValue("prev", previous, Types.DATE)
                .addValue("monthStart", monthStart(), Types.DATE)
                .addValue("monthBase", monthBase, Types.DATE)
                .addValue("momBase", momBase, Types.DATE)
                .addValue("yoyBase", yoyBase, Types.DATE)
                .addValue("monthDates", monthDates)
                .addValue("hasPrev", previous == null ? 0 : 1)
                .addValue("hasMonthBase", monthBase == null ? 0 : 1)
                .addValue("hasMom", momBase == null ? 0 : 1)
                .addValue("hasYoy", yoyBase == null ? 0 : 1)
                .addValue("from30", day.minusDays(29).atStartOfDay(), Types.TIMESTAMP)
                .addValue("from90", day.minusDays(89).atStartOfDay(), Types.TIMESTAMP)
                .addValue("dayAfter", day.plusDays(1).atStartOfDay(), Types.TIMESTAMP);
    }
}
