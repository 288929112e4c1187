package org.wealthcrm.batch.schedule;

import java.time.LocalDate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Asks a night to stop as soon as its job execution exists: a kill can arrive while the night still checks the
 * delivery, before Spring Batch has created the execution. Gives up when the night has ended.
 */
class NightStopper implements AutoCloseable {

    private static final long POLL_MILLIS = 200;
    private final NightExecutions executions;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "crm-night-stop");
        thread.setDaemon(true);
        return thread;
    });

    NightStopper(NightExecutions executions) {
        this.executions = executions;
    }

    void stopWhenRunning(LocalDate date, Future<?> night) {
        threads.execute(() -> {
            try {
                while (!night.isDone() && executions.requestStop(date).isEmpty()) {
                    TimeUnit.MILLISECONDS.sleep(POLL_MILLIS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
