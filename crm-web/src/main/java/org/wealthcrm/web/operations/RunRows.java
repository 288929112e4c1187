package org.wealthcrm.web.operations;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** The nightly run records shown on the operations page. */
final class RunRows {

    private RunRows() {
    }

    record Run(long runId, LocalDate bizDate, String status, LocalDateTime startedAt, LocalDateTime endedAt,
               Integer customers, Integer rejected, String message, String progress) {
    }

    record RunFile(String fileName, String verdict, long readCount, long loadedCount, long rejectedCount,
                   String message) {
    }

    record RejectCount(String fileName, String reasonCode, long rejected) {
    }

    record Reject(String fileName, long lineNo, String reasonCode, String reason) {
    }
}
