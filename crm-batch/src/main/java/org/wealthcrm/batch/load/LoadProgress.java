package org.wealthcrm.batch.load;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.core.step.StepExecution;
import org.wealthcrm.batch.progress.Progress;
import org.wealthcrm.batch.progress.RunProgress;

/** Logs count, rate and ETA of a load step every few seconds, and keeps them in the step's context. */
class LoadProgress implements ChunkListener<NumberedLine, LoadItem> {

    private static final Logger log = LoggerFactory.getLogger(LoadProgress.class);
    private final String fileName;
    private final long expected;
    private final RunProgress runProgress;
    private long lastLog;

    LoadProgress(String fileName, long expected, RunProgress runProgress) {
        this.fileName = fileName;
        this.expected = expected;
        this.runProgress = runProgress;
    }

    @Override
    public void afterChunk(ChunkContext context) {
        report(context.getStepContext().getStepExecution());
    }

    @Override
    public void afterChunk(Chunk<LoadItem> chunk) {
        StepContext context = StepSynchronizationManager.getContext();
        if (context != null) {
            report(context.getStepExecution());
        }
    }

    private void report(StepExecution step) {
        long now = System.nanoTime();
        if (now - lastLog < 3_000_000_000L && step.getReadCount() < expected) {
            return;
        }
        lastLog = now;
        Progress progress = Progress.of(step, expected);
        step.getExecutionContext().putString("progress", progress.toString());
        log.info("[load] {} {}", fileName, progress);
        runProgress.report(step.getJobExecution(), "load " + fileName + " " + progress);
    }
}
