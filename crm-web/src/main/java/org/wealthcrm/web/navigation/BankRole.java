package org.wealthcrm.web.navigation;

/** The roles of app_user_role, as Spring Security sees them without the {@code ROLE_} prefix. */
public enum BankRole {
    RM, TEAM_LEAD, BRANCH_MANAGER, REGIONAL_MANAGER, HEAD_OFFICE, COMPLIANCE, OPERATIONS, ADMIN;

    /** The authority Spring Security grants for this role, e.g. {@code ROLE_RM}. */
    String authority() {
        return "ROLE_" + name();
    }
}
