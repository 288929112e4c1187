package org.wealthcrm.web.dailyreport;

import java.math.BigDecimal;

/**
 * A staff member's objective activity of one day, from the system's own records: contacts (service_record written
 * by the staff member), tasks done (crm_task completed by the assignee), list members reached (target_list_contact),
 * opportunities moved to another stage (opportunity_history), sales credited (fund_confirm subscriptions and
 * purchases 120/122/139 with the staff member as marketer_id, count and confirmed amount).
 */
record Activity(int contacts, int tasksDone, int listReached, int oppsMoved, int salesCount, BigDecimal salesAmount) {
}
