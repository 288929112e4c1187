package org.wealthcrm.web.dailyreport;

import java.time.Clock;
import java.time.LocalDateTime;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Submits overdue drafts at the start of the working day ({@code crm.dailyreport.auto-submit-cron}, default 09:00
 * every day; {@code -} switches it off). Weekend and holiday runs find nothing due, since a draft is due only at the
 * start of the next working day; running more often changes nothing.
 */
@Component
class AutoSubmitJob {

    private final DailyReports reports;
    private final Clock clock;

    AutoSubmitJob(DailyReports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @Scheduled(cron = "${crm.dailyreport.auto-submit-cron:0 0 9 * * *}")
    @SchedulerLock(name = "daily-report-auto-submit", lockAtLeastFor = "PT5M", lockAtMostFor = "PT2H")
    void run() {
        reports.submitOverdue(LocalDateTime.now(clock));
    }
}
