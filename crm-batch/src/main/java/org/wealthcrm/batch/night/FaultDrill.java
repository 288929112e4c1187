package org.wealthcrm.batch.night;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * For fault drills only: with {@code crm.night.pause-after-step=<step>} the run holds still for
 * {@code crm.night.pause-seconds} once that step has committed, so operations can kill the process "between
 * steps" and watch the restart. Off unless configured.
 */
@Component
class FaultDrill implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(FaultDrill.class);
    private final String pauseAfterStep;
    private final int pauseSeconds;

    FaultDrill(@Value("${crm.night.pause-after-step:}") String pauseAfterStep,
               @Value("${crm.night.pause-seconds:0}") int pauseSeconds) {
        this.pauseAfterStep = pauseAfterStep;
        this.pauseSeconds = pauseSeconds;
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        if (step.getStepName().equals(pauseAfterStep) && pauseSeconds > 0) {
            log.info("[night] paused after step {} for {} s (fault drill)", pauseAfterStep, pauseSeconds);
            try {
                Thread.sleep(pauseSeconds * 1000L);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return step.getExitStatus();
    }
}
