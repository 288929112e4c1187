package org.wealthcrm.web.dailyreport;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The bank's working days: Monday to Friday except the listed public holidays ({@code crm.dailyreport.holidays}, ISO
 * dates; the bank publishes its holiday calendar once a year). Make-up working weekends are not modelled: a draft of
 * such a Saturday is due on the next Monday-to-Friday working day. The working day starts at
 * {@code crm.dailyreport.workday-start}.
 */
final class WorkingDays {

    private final Set<LocalDate> holidays;
    private final LocalTime dayStart;

    WorkingDays(Set<LocalDate> holidays, LocalTime dayStart) {
        this.holidays = Set.copyOf(holidays);
        this.dayStart = dayStart;
    }

    /** From the property texts: comma-separated ISO dates (may be empty) and an HH:mm start. */
    static WorkingDays parse(String holidays, String dayStart) {
        Set<LocalDate> dates = Arrays.stream(holidays.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(LocalDate::parse).collect(Collectors.toSet());
        return new WorkingDays(dates, LocalTime.parse(dayStart.strip()));
    }

    boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(day);
    }

    LocalDate nextWorkingDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    /** When the report of {@code reportDate} is due: the start of the next working day. */
    LocalDateTime dueAt(LocalDate reportDate) {
        return nextWorkingDay(reportDate).atTime(dayStart);
    }
}
