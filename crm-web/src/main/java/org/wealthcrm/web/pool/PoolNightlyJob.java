package org.wealthcrm.web.pool;

import java.time.LocalDate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.wealthcrm.web.bizdate.BusinessDates;
import org.wealthcrm.web.bizdate.NoPublishedDataException;

/**
 * Returns overdue customers to the pool every morning for the latest published business date
 * ({@code crm.pool.nightly-cron}, default 06:30; {@code -} switches it off).
 */
@Component
class PoolNightlyJob {

    private static final Logger log = LoggerFactory.getLogger(PoolNightlyJob.class);

    private final PublicPool pool;
    private final BusinessDates dates;

    PoolNightlyJob(PublicPool pool, BusinessDates dates) {
        this.pool = pool;
        this.dates = dates;
    }

    @Scheduled(cron = "${crm.pool.nightly-cron:0 30 6 * * *}")
    @SchedulerLock(name = "pool-nightly", lockAtLeastFor = "PT5M", lockAtMostFor = "PT2H")
    void run() {
        try {
            LocalDate businessDate = dates.resolve(null);
            int returned = pool.returnOverdue(businessDate);
            log.info("public pool: {} customers returned for business date {}", returned, businessDate);
        } catch (NoPublishedDataException nothingYet) {
            log.warn("public pool: no published business date, nothing returned");
        }
    }
}
