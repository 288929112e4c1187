package org.wealthcrm.batch.schedule;

import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.wealthcrm.batch.night.NightlyRun;

/**
 * The schedule when no XXL-Job admin drives the executor: at {@code crm.schedule.night-cron} the night of the
 * latest complete delivery runs unless {@code nightly_run} already has it COMPLETED, then the housekeeping.
 */
@Component
@Conditional(ScheduleConditions.EmbeddedSchedule.class)
class EmbeddedSchedule {

    static final String DEFAULT_CRON = "0 30 2 * * *";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedSchedule.class);
    private final NightlyRun nightlyRun;
    private final NightRunner runner;
    private final Housekeeping housekeeping;

    EmbeddedSchedule(NightlyRun nightlyRun, NightRunner runner, Housekeeping housekeeping) {
        this.nightlyRun = nightlyRun;
        this.runner = runner;
        this.housekeeping = housekeeping;
    }

    @Scheduled(cron = "${crm.schedule.night-cron:" + DEFAULT_CRON + "}")
    void nightly() {
        try {
            if (runNight()) {
                log.info("[schedule] {}", housekeeping.purgeStaged());
                log.info("[schedule] {}", housekeeping.purgeFacts());
            }
        } catch (Exception e) {
            log.error("[schedule] {}", NightRunner.rootMessage(e), e);
        }
    }

    /** True when the latest complete delivery's night is (now) COMPLETED. */
    boolean runNight() {
        LocalDate date = nightlyRun.latestCompleteDelivery();
        if (nightlyRun.completed(date)) {
            log.info("[schedule] night of {} already completed, nothing to run", date);
            return true;
        }
        NightRunner.NightResult result = runner.run(date, line -> log.info("[schedule] {}", line));
        log.info("[schedule] {}", result.message());
        return result.completed();
    }
}
