package org.wealthcrm.web.scope;

/** A user's staff row with the org unit it sits in. */
record StaffPlacement(String staffId, String position, String orgCode, String orgPath) {
}
