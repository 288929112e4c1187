package org.wealthcrm.batch.night;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Service;

/**
 * Runs the night for a business date. A failed or stopped run of the date is restarted from where it stopped; a
 * completed one is run again as a new attempt that replaces the date's results exactly.
 */
@Service
public class NightlyRun {

    static final String DATE_PARAM = "businessDate";
    static final String ATTEMPT_PARAM = "attempt";
    private static final Logger log = LoggerFactory.getLogger(NightlyRun.class);
    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final NightlyJob nightlyJob;
    private final NightPaths paths;
    private final NightLock lock;
    private final RunRecord runRecord;

    NightlyRun(JobOperator jobOperator, JobRepository jobRepository, NightlyJob nightlyJob, NightPaths paths,
               NightLock lock, RunRecord runRecord) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.nightlyJob = nightlyJob;
        this.paths = paths;
        this.lock = lock;
        this.runRecord = runRecord;
    }

    /** Whether the date has a completed night (its figures are published). */
    public boolean completed(LocalDate businessDate) {
        return runRecord.completed(businessDate);
    }

    /** The latest business date whose delivery is complete and agrees with its control files. */
    public LocalDate latestCompleteDelivery() {
        return new DeliveryCheck(paths.landing()).latestCompleteDelivery();
    }

    /**
     * Runs the night of the date. Refused while another process runs the same date; a run left "started" by a
     * process that died is marked failed and restarted from its last committed chunk.
     */
    public NightOutcome run(LocalDate businessDate) throws Exception {
        lock.acquire(businessDate);
        try {
            JobParameters parameters = nextParameters(businessDate);
            log.info("[night] {} attempt {}", businessDate, parameters.getLong(ATTEMPT_PARAM));
            JobExecution execution = jobOperator.start(nightlyJob.build(businessDate), parameters);
            boolean completed = execution.getStatus() == BatchStatus.COMPLETED;
            String message = completed ? "completed" : RunListener.failureMessage(execution);
            log.info("[night] {} {}: {}", businessDate, execution.getStatus(), message);
            return new NightOutcome(businessDate, execution.getId(), completed, message);
        } finally {
            lock.release(businessDate);
        }
    }

    private JobParameters nextParameters(LocalDate businessDate) throws Exception {
        for (long attempt = 1; ; attempt++) {
            JobParameters parameters = new JobParametersBuilder()
                    .addString(DATE_PARAM, businessDate.format(DateTimeFormatter.BASIC_ISO_DATE))
                    .addLong(ATTEMPT_PARAM, attempt)
                    .toJobParameters();
            JobExecution last = jobRepository.getLastJobExecution(NightlyJob.NAME, parameters);
            if (last == null) {
                return parameters;
            }
            if (last.isRunning()) {
                recoverDeadExecution(last);
            }
            if (last.getStatus() == BatchStatus.COMPLETED || last.getStatus() == BatchStatus.ABANDONED) {
                continue;
            }
            if (!deliveryChanged(businessDate, last)) {
                return parameters;
            }
            log.info("[night] the delivery of {} changed since attempt {} stopped; starting a fresh attempt",
                    businessDate, attempt);
            jobOperator.abandon(jobRepository.getJobExecution(last.getId()));
        }
    }

    private boolean deliveryChanged(LocalDate businessDate, JobExecution stopped) {
        String before = stopped.getExecutionContext().getString(DeliveryTasklet.FINGERPRINT_KEY, null);
        return before != null && !before.equals(new DeliveryCheck(paths.landing()).fingerprint(businessDate));
    }

    /** We hold the date's lock, so an execution still marked running was left by a process that died. */
    private void recoverDeadExecution(JobExecution dead) {
        log.warn("[night] job execution {} was left {} by a process that died; marking it failed to restart it",
                dead.getId(), dead.getStatus());
        jobOperator.recover(dead);
        runRecord.markDead(dead.getId());
    }

    static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /** How a night ended. */
    public record NightOutcome(LocalDate businessDate, long jobExecutionId, boolean completed, String message) {
    }
}
