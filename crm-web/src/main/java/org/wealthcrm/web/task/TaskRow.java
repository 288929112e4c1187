package org.wealthcrm.web.task;

import java.time.LocalDateTime;

/** A task as the lists show it, with the customer's and the people's names. */
public record TaskRow(long taskId, String kind, String custId, String custName, String title, LocalDateTime dueAt,
                      LocalDateTime remindAt, String creatorId, String creatorName, String assigneeId,
                      String assigneeName, String status, String resultNote) {

    public String kindLabel() {
        return TaskKind.valueOf(kind).label();
    }

    public String statusLabel() {
        return switch (status) {
            case "OPEN" -> "进行中";
            case "DONE" -> "待确认";
            default -> "已确认";
        };
    }
}
