package org.wealthcrm.web.dailyreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class WorkingDaysTests {

    private final WorkingDays days = WorkingDays.parse("2026-10-01, 2026-10-02,2026-10-05,2026-10-06,2026-10-07", "09:00");

    @Test
    void dueAtWhenFridayReportThenMondayMorning() {
        // Friday 2026-11-20 -> Saturday and Sunday skipped -> Monday 2026-11-23 09:00
        assertThat(days.dueAt(LocalDate.of(2026, 11, 20))).isEqualTo(LocalDateTime.of(2026, 11, 23, 9, 0));
    }

    @Test
    void dueAtWhenHolidayWeekFollowsThenFirstWorkingDayAfterIt() {
        // Wed 09-30 -> Thu 10-01, Fri 10-02 holidays, weekend 10-03/04, Mon-Wed 10-05..07 holidays -> Thu 10-08
        assertThat(days.dueAt(LocalDate.of(2026, 9, 30))).isEqualTo(LocalDateTime.of(2026, 10, 8, 9, 0));
        assertThat(days.isWorkingDay(LocalDate.of(2026, 10, 2))).isFalse();
        assertThat(days.isWorkingDay(LocalDate.of(2026, 10, 8))).isTrue();
    }

    @Test
    void dueAtWhenNoHolidaysListedThenNextWeekday() {
        WorkingDays plain = WorkingDays.parse("", "08:30");
        assertThat(plain.dueAt(LocalDate.of(2026, 11, 18))).isEqualTo(LocalDateTime.of(2026, 11, 19, 8, 30));
    }
}
