package org.wealthcrm.web.task;

/** A staff member a task can be handed to. */
record Colleague(String staffId, String staffName, String orgName) {
}
