package org.wealthcrm.web.useradmin;

/** An app_user_role row. */
record UserRole(String username, String role) {
}
