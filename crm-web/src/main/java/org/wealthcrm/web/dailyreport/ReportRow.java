package org.wealthcrm.web.dailyreport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A saved daily report with its frozen activity figures; unread is for the viewer who asked. */
record ReportRow(long reportId, String staffId, String staffName, LocalDate reportDate, String status,
                 String autoSubmitted, int contacts, int tasksDone, int listReached, int oppsMoved, int salesCount,
                 BigDecimal salesAmount, String summary, String plan, LocalDateTime savedAt,
                 LocalDateTime submittedAt, boolean unread) {

    public boolean submitted() {
        return "SUBMITTED".equals(status);
    }

    public String statusLabel() {
        return !submitted() ? "草稿" : "Y".equals(autoSubmitted) ? "已提交（系统自动）" : "已提交";
    }

    public Activity activity() {
        return new Activity(contacts, tasksDone, listReached, oppsMoved, salesCount, salesAmount);
    }
}
