package org.wealthcrm.web.targetlist;

import java.time.LocalDate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.wealthcrm.web.bizdate.BusinessDates;
import org.wealthcrm.web.bizdate.NoPublishedDataException;

/**
 * Refreshes every published list for the latest published business date each morning, after the nightly metrics
 * ({@code crm.targetlist.refresh-cron}, default 06:45; {@code -} switches it off).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class TargetListNightlyJob {

    private static final Logger log = LoggerFactory.getLogger(TargetListNightlyJob.class);

    private final TargetListRefresh refresh;
    private final BusinessDates dates;

    TargetListNightlyJob(TargetListRefresh refresh, BusinessDates dates) {
        this.refresh = refresh;
        this.dates = dates;
    }

    @Scheduled(cron = "${crm.targetlist.refresh-cron:0 45 6 * * *}")
    @SchedulerLock(name = "target-list-refresh", lockAtLeastFor = "PT5M", lockAtMostFor = "PT2H")
    void run() {
        try {
            LocalDate businessDate = dates.resolve(null);
            int refreshed = refresh.refreshAll(businessDate);
            log.info("target lists: {} lists refreshed for business date {}", refreshed, businessDate);
        } catch (NoPublishedDataException nothingYet) {
            log.warn("target lists: no published business date, nothing refreshed");
        }
    }
}
