package org.wealthcrm.batch.schedule;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Optional;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobExecutionNotRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * The nightly job's executions as the Spring Batch job repository sees them: which one runs for a date, how far it
 * got, and a graceful stop (status STOPPING: the running step ends STOPPED at its next chunk or step boundary and
 * the next run of the date restarts it). Job name and date parameter are those of {@code org.wealthcrm.batch.night}.
 */
@Component
class NightExecutions {

    static final String JOB_NAME = "nightly";
    static final String DATE_PARAM = "businessDate";

    private final JobRepository jobRepository;
    private final JobOperator jobOperator;

    NightExecutions(JobRepository jobRepository, JobOperator jobOperator) {
        this.jobRepository = jobRepository;
        this.jobOperator = jobOperator;
    }

    Optional<JobExecution> running(LocalDate date) {
        String key = date.format(DateTimeFormatter.BASIC_ISO_DATE);
        return jobRepository.findRunningJobExecutions(JOB_NAME).stream()
                .filter(e -> key.equals(e.getJobParameters().getString(DATE_PARAM)))
                .max(Comparator.comparingLong(JobExecution::getId));
    }

    /** Asks the date's running execution to stop; empty when none runs (yet), else its id. */
    Optional<Long> requestStop(LocalDate date) {
        Optional<JobExecution> execution = running(date);
        execution.filter(e -> e.getStatus() != BatchStatus.STOPPING).ifPresent(e -> {
            try {
                jobOperator.stop(e);
            } catch (JobExecutionNotRunningException alreadyEnded) {
                // it ended on its own meanwhile
            }
        });
        return execution.map(JobExecution::getId);
    }

    BatchStatus status(long jobExecutionId) {
        JobExecution execution = jobRepository.getJobExecution(jobExecutionId);
        return execution == null ? BatchStatus.UNKNOWN : execution.getStatus();
    }

    /** E.g. "job execution 7 STARTED, step load_cbs_balance: 12000 read, 11990 written"; "starting" before it exists. */
    String progress(LocalDate date) {
        return running(date).map(NightExecutions::describe).orElse("starting");
    }

    static String describe(JobExecution execution) {
        String text = "job execution " + execution.getId() + " " + execution.getStatus();
        Optional<StepExecution> step = execution.getStepExecutions().stream()
                .filter(s -> s.getStatus().isRunning())
                .max(Comparator.comparingLong(StepExecution::getId));
        return step.map(s -> text + ", step " + s.getStepName() + ": " + s.getReadCount() + " read, "
                + s.getWriteCount() + " written").orElse(text);
    }
}
