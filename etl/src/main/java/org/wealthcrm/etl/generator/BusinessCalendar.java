package org.wealthcrm.etl.generator;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The simulated business dates: every calendar day from..to. Fund markets trade Monday to Friday. */
final class BusinessCalendar {

    private static final int[] DATE_CODES = dateCodes();

    private final List<LocalDate> dates = new ArrayList<>();

    BusinessCalendar(LocalDate from, LocalDate to) {
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            dates.add(d);
        }
    }

    int size() {
        return dates.size();
    }

    LocalDate date(int day) {
        return dates.get(day);
    }

    List<LocalDate> dates() {
        return dates;
    }

    int yyyymmdd(int day) {
        return yyyymmdd(dates.get(day));
    }

    boolean trading(int day) {
        DayOfWeek weekday = dates.get(day).getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
    }

    int dayOfMonth(int day) {
        return dates.get(day).getDayOfMonth();
    }

    long epochDay(int day) {
        return dates.get(day).toEpochDay();
    }

    static int yyyymmdd(LocalDate date) {
        return date.getYear() * 10_000 + date.getMonthValue() * 100 + date.getDayOfMonth();
    }

    /** {@code yyyymmdd} of an epoch day; a table covers 1970-2099 so snapshots need no date arithmetic. */
    static int dateCode(long epochDay) {
        return epochDay >= 0 && epochDay < DATE_CODES.length ? DATE_CODES[(int) epochDay]
            : yyyymmdd(LocalDate.ofEpochDay(epochDay));
    }

    private static int[] dateCodes() {
        int[] codes = new int[(int) LocalDate.of(2100, 1, 1).toEpochDay()];
        LocalDate date = LocalDate.ofEpochDay(0);
        for (int i = 0; i < codes.length; i++, date = date.plusDays(1)) {
            codes[i] = yyyymmdd(date);
        }
        return codes;
    }
}
