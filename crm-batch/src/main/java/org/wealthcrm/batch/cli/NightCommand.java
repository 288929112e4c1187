package org.wealthcrm.batch.cli;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;

import org.springframework.stereotype.Component;
import org.wealthcrm.batch.night.NightlyRun;
import org.wealthcrm.batch.night.RunReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Component
@Command(name = "night", mixinStandardHelpOptions = true,
        description = "Runs the night for a business date: restarts a failed run, re-runs a completed one.")
class NightCommand implements Callable<Integer> {

    @Option(names = "--date", description = "business date YYYYMMDD (default: the latest complete delivery)")
    String date;

    private final NightlyRun nightlyRun;
    private final RunReport report;

    NightCommand(NightlyRun nightlyRun, RunReport report) {
        this.nightlyRun = nightlyRun;
        this.report = report;
    }

    @Override
    public Integer call() throws Exception {
        LocalDate businessDate = date == null ? nightlyRun.latestCompleteDelivery()
                : LocalDate.parse(date, DateTimeFormatter.BASIC_ISO_DATE);
        NightlyRun.NightOutcome outcome = nightlyRun.run(businessDate);
        report.print(outcome.jobExecutionId(), System.out);
        return outcome.completed() ? 0 : 1;
    }
}
