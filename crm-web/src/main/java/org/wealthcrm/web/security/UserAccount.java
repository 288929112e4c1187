package org.wealthcrm.web.security;

/**
 * An app_user row joined with its staff row; {@code active} is false when the user or the staff member is off;
 * {@code mustChangePassword} after an administrator created the user or reset the password.
 */
record UserAccount(String username, String passwordHash, String staffId, String displayName, boolean active,
                   boolean mustChangePassword) {
}
