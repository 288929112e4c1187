package org.wealthcrm.web.campaign;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The effect window of a campaign: from its start date to its end date plus {@code windowDays}, both inclusive.
 * Purchases and contacts in it count for the campaign; AUM is compared between the start and the window's end (or the
 * latest published date before it, while the window is still running).
 */
record Window(LocalDate from, LocalDate to) {

    static final int MAX_DAYS = 366;

    static Window of(LocalDate startDate, LocalDate endDate, int windowDays) {
        return new Window(startDate, endDate.plusDays(windowDays));
    }

    static void check(int windowDays) {
        if (windowDays < 0 || windowDays > MAX_DAYS) {
            throw new IllegalArgumentException("效果观察期须在0到366天之间");
        }
    }

    /** The first instant after the window, for timestamp columns. */
    public LocalDateTime endExclusive() {
        return to.plusDays(1).atStartOfDay();
    }

    public LocalDateTime start() {
        return from.atStartOfDay();
    }
}
