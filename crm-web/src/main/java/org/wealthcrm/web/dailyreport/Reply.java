package org.wealthcrm.web.dailyreport;

import java.time.LocalDateTime;

/** A reply to a daily report. */
record Reply(long replyId, String authorId, String authorName, String body, LocalDateTime createdAt) {
}
