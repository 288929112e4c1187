package org.wealthcrm.web.workbench;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of a workbench list: the customer (null for a task without one), what it is about (task title, outcome,
 * account, product, churn reasons), the date that matters and an amount where there is one.
 */
record WorkItem(String custId, String custName, String detail, LocalDate itemDate, BigDecimal amount) {
}
