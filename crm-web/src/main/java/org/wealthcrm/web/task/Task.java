package org.wealthcrm.web.task;

import java.time.LocalDateTime;

/**
 * A new task or appointment, checked before it is written: a title, a due time, a reminder no later than the due
 * time, a creator and an assignee.
 */
record Task(TaskKind kind, String custId, String title, LocalDateTime dueAt, LocalDateTime remindAt,
            String creatorId, String assigneeId) {

    Task {
        if (kind == null) {
            throw new IllegalArgumentException("请选择任务或预约");
        }
        if (title == null || title.isBlank() || title.strip().length() > 200) {
            throw new IllegalArgumentException("请填写标题（不超过200字）");
        }
        if (dueAt == null) {
            throw new IllegalArgumentException("请填写到期时间");
        }
        if (remindAt != null && remindAt.isAfter(dueAt)) {
            throw new IllegalArgumentException("提醒时间不能晚于到期时间");
        }
        if (creatorId == null || assigneeId == null || assigneeId.isBlank()) {
            throw new IllegalArgumentException("请选择执行人");
        }
        if (kind == TaskKind.APPT && (custId == null || custId.isBlank())) {
            throw new IllegalArgumentException("预约须关联客户");
        }
        title = title.strip();
        custId = custId == null || custId.isBlank() ? null : custId.strip();
    }
}
