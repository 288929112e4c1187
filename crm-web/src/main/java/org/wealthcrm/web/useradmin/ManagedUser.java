package org.wealthcrm.web.useradmin;

/** A user as the administrator sees it; {@code orgCode} is the assigned org unit, else the staff member's own. */
record ManagedUser(String username, String displayName, String staffId, String orgCode, String orgName,
                   boolean enabled, boolean mustChangePassword) {
}
