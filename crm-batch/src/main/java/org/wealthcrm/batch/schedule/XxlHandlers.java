package org.wealthcrm.batch.schedule;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import com.xxl.job.core.context.XxlJobHelper;
import com.xxl.job.core.handler.annotation.XxlJob;

import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import org.wealthcrm.batch.night.NightlyRun;

/**
 * The XXL-Job handlers (glue type BEAN): {@code nightlyRun} with an optional business date {@code YYYYMMDD}
 * (default: the latest complete delivery), {@code purgeStaged} and {@code purgeFacts} without parameter.
 * Every handler logs to the XXL-Job log and ends with handleSuccess or handleFail and a one-line message.
 */
@Component
@Conditional(ScheduleConditions.Executor.class)
class XxlHandlers {

    private final NightlyRun nightlyRun;
    private final NightRunner runner;
    private final Housekeeping housekeeping;

    XxlHandlers(NightlyRun nightlyRun, NightRunner runner, Housekeeping housekeeping) {
        this.nightlyRun = nightlyRun;
        this.runner = runner;
        this.housekeeping = housekeeping;
    }

    @XxlJob("nightlyRun")
    void nightlyRun() {
        LocalDate date;
        try {
            date = businessDate(XxlJobHelper.getJobParam());
        } catch (RuntimeException e) {
            XxlJobHelper.handleFail(e.getMessage() != null ? e.getMessage() : NightRunner.rootMessage(e));
            return;
        }
        XxlJobHelper.log("night of " + date + ": starting");
        NightRunner.NightResult result = runner.run(date, line -> XxlJobHelper.log(line));
        XxlJobHelper.log(result.message());
        if (result.completed()) {
            XxlJobHelper.handleSuccess(result.message());
        } else {
            XxlJobHelper.handleFail(result.message());
        }
    }

    private LocalDate businessDate(String param) {
        if (param == null || param.isBlank()) {
            return nightlyRun.latestCompleteDelivery();
        }
        try {
            return LocalDate.parse(param.trim(), DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("the parameter must be a business date YYYYMMDD or empty, not '"
                    + param.trim() + "'", e);
        }
    }

    @XxlJob("purgeStaged")
    void purgeStaged() {
        housekeep(true);
    }

    @XxlJob("purgeFacts")
    void purgeFacts() {
        housekeep(false);
    }

    private void housekeep(boolean staged) {
        try {
            String done = staged ? housekeeping.purgeStaged() : housekeeping.purgeFacts();
            XxlJobHelper.log(done);
            XxlJobHelper.handleSuccess(done);
        } catch (Exception e) {
            XxlJobHelper.log(e);
            XxlJobHelper.handleFail(NightRunner.rootMessage(e));
        }
    }
}
