package org.wealthcrm.batch.schedule;

import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.wealthcrm.batch.night.NightlyRun;
import org.wealthcrm.batch.night.NightlyRun.NightOutcome;

/**
 * Runs the night of a business date on its own worker thread, one night at a time, and reports progress while
 * waiting. An interrupt of the caller (XXL-Job kill or timeout, scheduler shutdown) never reaches Spring Batch:
 * an interrupted chunk step of Spring Batch 6 ends COMPLETED with part of its file. Instead the job is asked to
 * stop ({@link NightExecutions#requestStop}), ends STOPPED at its next chunk or step boundary and the next run of
 * the date restarts it; the caller gets its answer after at most {@code crm.schedule.stop-wait}.
 */
@Component
class NightRunner implements DisposableBean {

    private final NightlyRun nightlyRun;
    private final NightExecutions executions;
    private final Duration progressInterval;
    private final Duration stopWait;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "crm-night"));
    private final NightStopper stopper;
    private volatile LocalDate runningDate;

    NightRunner(NightlyRun nightlyRun, NightExecutions executions,
                @Value("${crm.schedule.progress-interval:30s}") Duration progressInterval,
                @Value("${crm.schedule.stop-wait:10s}") Duration stopWait) {
        this.nightlyRun = nightlyRun;
        this.executions = executions;
        this.progressInterval = progressInterval;
        this.stopWait = stopWait;
        this.stopper = new NightStopper(executions);
    }

    /** Runs the night of the date; {@code log} gets progress lines while it runs. */
    NightResult run(LocalDate date, Consumer<String> log) {
        AtomicBoolean claimed = new AtomicBoolean();
        Future<NightOutcome> night = worker.submit(() -> runNight(date, claimed));
        try {
            return await(date, night, log);
        } catch (InterruptedException e) {
            NightResult result = claimed.compareAndSet(false, true)
                    ? new NightResult(date, false, "killed before the night of " + date + " started")
                    : stop(date, night, log);
            Thread.currentThread().interrupt();
            return result;
        }
    }

    /** Runs unless the caller was killed while the night waited for the worker ({@code claimed} first). */
    private NightOutcome runNight(LocalDate date, AtomicBoolean claimed) throws Exception {
        if (!claimed.compareAndSet(false, true)) {
            throw new CancellationException("killed before it started");
        }
        runningDate = date;
        try {
            return nightlyRun.run(date);
        } finally {
            runningDate = null;
        }
    }

    private NightResult await(LocalDate date, Future<NightOutcome> night, Consumer<String> log)
            throws InterruptedException {
        while (true) {
            try {
                return NightResult.of(night.get(progressInterval.toMillis(), TimeUnit.MILLISECONDS));
            } catch (TimeoutException stillRunning) {
                log.accept("night of " + date + ": " + progress(date));
            } catch (ExecutionException e) {
                return new NightResult(date, false, "night of " + date + " failed: " + rootMessage(e.getCause()));
            }
        }
    }

    private NightResult stop(LocalDate date, Future<NightOutcome> night, Consumer<String> log) {
        log.accept("kill: the night of " + date + " is asked to stop at its next chunk or step boundary");
        stopper.stopWhenRunning(date, night);
        try {
            NightOutcome outcome = night.get(stopWait.toMillis(), TimeUnit.MILLISECONDS);
            return outcome.completed() ? NightResult.of(outcome) : new NightResult(date, false, "killed: the night of " + date + " ended "
                    + executions.status(outcome.jobExecutionId()) + " (job execution " + outcome.jobExecutionId()
                    + "); the next run of the date restarts it");
        } catch (ExecutionException e) {
            return new NightResult(date, false, "killed: the night of " + date + " failed: "
                    + rootMessage(e.getCause()));
        } catch (TimeoutException | InterruptedException stillStopping) {
            return new NightResult(date, false, "killed: the night of " + date + " is stopping ("
                    + progress(date) + "); once stopped, the next run of the date restarts it");
        }
    }

    /** Never fails the caller: the night goes on whether its progress can be read or not. */
    private String progress(LocalDate date) {
        try {
            return executions.progress(date);
        } catch (RuntimeException e) {
            return "progress unknown (" + rootMessage(e) + ")";
        }
    }

    static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /** On shutdown a running night is asked to stop and given {@code stop-wait} to record it. */
    @Override
    public void destroy() throws InterruptedException {
        LocalDate date = runningDate;
        if (date != null) {
            executions.requestStop(date);
        }
        worker.shutdown();
        if (!worker.awaitTermination(stopWait.toMillis(), TimeUnit.MILLISECONDS)) {
            worker.shutdownNow();
        }
        stopper.close();
    }

    /** How a night ended, as one line for a log or a scheduler. */
    record NightResult(LocalDate date, boolean completed, String message) {
        static NightResult of(NightOutcome outcome) {
            return new NightResult(outcome.businessDate(), outcome.completed(), "night of " + outcome.businessDate()
                    + (outcome.completed() ? " completed" : " failed: " + outcome.message())
                    + " (job execution " + outcome.jobExecutionId() + ")");
        }
    }
}
