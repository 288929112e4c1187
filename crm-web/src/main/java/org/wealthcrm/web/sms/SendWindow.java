package org.wealthcrm.web.sms;

import java.time.LocalDateTime;
import java.time.LocalTime;

/** The hours marketing may go out: from {@code quietEnd} (e.g. 08:00) to {@code quietStart} (e.g. 21:00). */
record SendWindow(LocalTime quietStart, LocalTime quietEnd) {

    static SendWindow of(SmsSettings settings) {
        return new SendWindow(settings.quietStart(), settings.quietEnd());
    }

    boolean allows(LocalDateTime time) {
        LocalTime t = time.toLocalTime();
        return quietEnd.isBefore(quietStart)
                ? !t.isBefore(quietEnd) && t.isBefore(quietStart)
                : !t.isBefore(quietEnd) || t.isBefore(quietStart);
    }

    /** {@code time} itself when inside the window, else the start of the next window. */
    LocalDateTime nextAllowed(LocalDateTime time) {
        if (allows(time)) {
            return time;
        }
        LocalDateTime sameDay = time.toLocalDate().atTime(quietEnd);
        return sameDay.isAfter(time) ? sameDay : sameDay.plusDays(1);
    }
}
