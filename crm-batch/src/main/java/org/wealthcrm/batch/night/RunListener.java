package org.wealthcrm.batch.night;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.wealthcrm.batch.progress.RunProgress;

/** Keeps the {@code nightly_run} record of each execution: its files with read/loaded/rejected and its verdict. */
@Component
class RunListener implements JobExecutionListener {

    static final String RUN_ID_KEY = RunProgress.RUN_ID_KEY;
    private final RunRecord record;
    private final JdbcTemplate jdbc;

    RunListener(RunRecord record, JdbcTemplate jdbc) {
        this.record = record;
        this.jdbc = jdbc;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        long runId = record.start(businessDate(execution), execution.getId(), execution.getStartTime());
        execution.getExecutionContext().putLong(RUN_ID_KEY, runId);
    }

    @Override
    public void afterJob(JobExecution execution) {
        long runId = execution.getExecutionContext().getLong(RUN_ID_KEY);
        LocalDate date = businessDate(execution);
        Map<String, String> verdicts = verdicts(execution);
        long rejected = 0;
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStepName().startsWith("load_")) {
                long loaded = step.getExecutionContext().getLong("load.accepted", 0L);
                long rejects = step.getExecutionContext().getLong("load.rejected", 0L);
                rejected += rejects;
                String file = step.getStepName().substring(5) + "_" + date.format(DateTimeFormatter.BASIC_ISO_DATE)
                        + ".dat";
                verdicts.remove(file);
                record.file(runId, file, step.getStatus() == BatchStatus.COMPLETED ? "LOADED" : "FAILED",
                        step.getReadCount(), loaded, rejects, step.getFailureExceptions().stream()
                                .map(NightlyRun::rootMessage).findFirst().orElse(null));
            }
        }
        verdicts.forEach((file, verdict) -> record.file(runId, file, verdict.split(":", 2)[0], 0, 0, 0,
                verdict.contains(":") ? verdict.split(":", 2)[1] : null));
        boolean completed = execution.getStatus() == BatchStatus.COMPLETED;
        Integer customers = completed ? jdbc.queryForObject(
                "select count(*) from customer_metrics where biz_date = ?", Integer.class, date) : null;
        record.finish(runId, completed ? "COMPLETED" : "FAILED", endTime(execution), customers, rejected,
                completed ? null : failureMessage(execution));
    }

    private static LocalDateTime endTime(JobExecution execution) {
        return execution.getEndTime() != null ? execution.getEndTime() : execution.getLastUpdated();
    }

    static String failureMessage(JobExecution execution) {
        return execution.getAllFailureExceptions().stream().map(NightlyRun::rootMessage).distinct()
                .collect(Collectors.joining("; "));
    }

    private static Map<String, String> verdicts(JobExecution execution) {
        Map<String, String> verdicts = new HashMap<>();
        String text = execution.getExecutionContext().getString(DeliveryTasklet.PROBLEMS_KEY, "");
        for (String line : text.split("\n")) {
            if (line.contains("=")) {
                String[] parts = line.split("=", 2);
                verdicts.put(parts[0], parts[1]);
            }
        }
        verdicts.values().removeIf(v -> v.startsWith("LOADED") || v.startsWith("MISSING") && !v.contains(":"));
        return verdicts;
    }

    static LocalDate businessDate(JobExecution execution) {
        return LocalDate.parse(execution.getJobParameters().getString(NightlyRun.DATE_PARAM),
                DateTimeFormatter.BASIC_ISO_DATE);
    }
}
