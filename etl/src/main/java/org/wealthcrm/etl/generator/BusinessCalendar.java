package org.wealthcrm.etl.generator;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The simulated business dates: every calendar day from..to. Fund markets trade Monday to Friday. */
final class BusinessCalendar {

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

    static int yyyymmdd(long epochDay) {
        return yyyymmdd(LocalDate.ofEpochDay(epochDay));
    }
}
