package org.wealthcrm.batch.schedule;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import com.xxl.job.core.context.XxlJobHelper;
import com.xxl.job.core.handler.annotation.XxlJob;

/** A test handler that works until interrupted, logging a line per step; remembers how each run (log id) ended. */
class SlowJob {

    private final Map<Long, CompletableFuture<String>> endings = new ConcurrentHashMap<>();

    @XxlJob("slowJob")
    void slowJob() {
        CompletableFuture<String> ending = ending(XxlJobHelper.getLogId());
        try {
            for (int step = 1; step <= 600; step++) {
                XxlJobHelper.log("slow step " + step);
                Thread.sleep(100);
            }
            ending.complete("finished");
            XxlJobHelper.handleSuccess("finished");
        } catch (InterruptedException e) {
            XxlJobHelper.log("slow job interrupted");
            ending.complete("interrupted");
            XxlJobHelper.handleFail("interrupted");
        }
    }

    CompletableFuture<String> ending(long logId) {
        return endings.computeIfAbsent(logId, id -> new CompletableFuture<>());
    }
}
