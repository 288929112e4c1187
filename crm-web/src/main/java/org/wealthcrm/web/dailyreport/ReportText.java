package org.wealthcrm.web.dailyreport;

import org.wealthcrm.web.system.FormText;

/** What the staff member writes: the day's summary and tomorrow's plan (a submitted report needs the summary). */
record ReportText(String summary, String plan) {

    ReportText {
        summary = FormText.optional(summary, 4000, "工作总结不超过4000字");
        plan = FormText.optional(plan, 4000, "明日计划不超过4000字");
    }

    void requireSubmittable() {
        if (summary == null) {
            throw new IllegalArgumentException("提交前请填写工作总结");
        }
    }
}
