package org.wealthcrm.web.dailyreport;

import java.time.LocalDate;
import java.util.List;

/** One subordinate's submissions this month: the working days so far without a submitted report. */
record MonthStatus(String staffId, String staffName, String orgName, int submitted, List<LocalDate> missing) {
}
