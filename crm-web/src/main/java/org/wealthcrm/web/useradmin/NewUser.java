package org.wealthcrm.web.useradmin;

/** What the administrator enters for a new user; {@code orgCode} may be blank (the staff member's own org unit). */
record NewUser(String username, String displayName, String staffId, String role, String orgCode,
               String initialPassword) {
}
