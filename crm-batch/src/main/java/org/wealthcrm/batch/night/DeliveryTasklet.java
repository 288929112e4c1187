package org.wealthcrm.batch.night;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Fails the run, before anything is changed, when a required file is missing or disagrees with its control file. */
class DeliveryTasklet implements Tasklet {

    static final String PROBLEMS_KEY = "delivery.problems";
    static final String FINGERPRINT_KEY = "delivery.fingerprint";
    private final DeliveryCheck check;
    private final LocalDate businessDate;

    DeliveryTasklet(DeliveryCheck check, LocalDate businessDate) {
        this.check = check;
        this.businessDate = businessDate;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) {
        List<String> problems = new ArrayList<>();
        StringBuilder verdicts = new StringBuilder();
        for (FileDelivery delivery : check.check(businessDate)) {
            problems.addAll(delivery.problems());
            verdicts.append(delivery.file().fileName(businessDate)).append('=').append(delivery.verdict())
                    .append(delivery.problems().isEmpty() ? "" : ":" + String.join("; ", delivery.problems()))
                    .append('\n');
        }
        var jobContext = context.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
        jobContext.putString(PROBLEMS_KEY, verdicts.toString());
        jobContext.putString(FINGERPRINT_KEY, check.fingerprint(businessDate));
        if (!problems.isEmpty()) {
            throw new DeliveryRejectedException("delivery " + businessDate + " refused: " + String.join("; ", problems));
        }
        return RepeatStatus.FINISHED;
    }

    /** The delivery of a business date cannot be read. */
    static class DeliveryRejectedException extends RuntimeException {
        DeliveryRejectedException(String message) {
            super(message);
        }
    }
}
