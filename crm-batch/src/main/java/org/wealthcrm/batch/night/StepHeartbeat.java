package org.wealthcrm.batch.night;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.wealthcrm.batch.progress.RunProgress;

/**
 * Keeps a tasklet step from being silent. The step's work hands its own lines (count, rate, ETA) to {@link #accept};
 * whenever none came for {@value #EVERY_SECONDS} s, the heartbeat says how long the step has run and, from the
 * step's last completed run, about how long it still needs. Both go to the log and the operations page.
 */
final class StepHeartbeat implements StepExecutionListener, Consumer<String> {

    private static final Logger log = LoggerFactory.getLogger(StepHeartbeat.class);
    static final long EVERY_SECONDS = 5;

    private final String step;
    private final RunProgress runProgress;
    private final Heartbeats history;
    private ScheduledExecutorService timer;
    private volatile JobExecution job;
    private volatile long lastLine;
    private long started;
    private Optional<Duration> lastRun = Optional.empty();

    StepHeartbeat(String step, RunProgress runProgress, Heartbeats history) {
        this.step = step;
        this.runProgress = runProgress;
        this.history = history;
    }

    @Override
    public void beforeStep(StepExecution execution) {
        job = execution.getJobExecution();
        lastRun = history.lastCompleted(step);
        started = System.nanoTime();
        lastLine = started;
        timer = Executors.newSingleThreadScheduledExecutor(work -> {
            Thread thread = new Thread(work, "heartbeat-" + step);
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleAtFixedRate(this::beat, EVERY_SECONDS, 1, TimeUnit.SECONDS);
    }

    @Override
    public ExitStatus afterStep(StepExecution execution) {
        timer.shutdownNow();
        return null;
    }

    @Override
    public void accept(String line) {
        lastLine = System.nanoTime();
        runProgress.report(job, line);
    }

    private void beat() {
        long now = System.nanoTime();
        if (now - lastLine < TimeUnit.SECONDS.toNanos(EVERY_SECONDS)) {
            return;
        }
        lastLine = now;
        String line = line(Duration.ofNanos(now - started), lastRun);
        log.info("[night] {}", line);
        runProgress.report(job, line);
    }

    String line(Duration running, Optional<Duration> previous) {
        String line = step + " running " + running.toSeconds() + " s";
        return previous.map(last -> line + ", last run " + last.toSeconds() + " s, ETA "
                + Math.max(0, last.minus(running).toSeconds()) + "s").orElse(line);
    }
}
