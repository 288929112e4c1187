package org.wealthcrm.web.dailyreport;

import java.time.LocalDate;

/** The author's view of one day: the saved report (null before the first save) and the day's live activity. */
record ReportSheet(LocalDate day, ReportRow saved, Activity live) {

    public boolean editable() {
        return saved == null || !saved.submitted();
    }

    /** The figures shown: frozen once submitted, live while editable. */
    public Activity shown() {
        return editable() ? live : saved.activity();
    }
}
