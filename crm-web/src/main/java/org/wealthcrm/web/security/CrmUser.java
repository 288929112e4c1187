package org.wealthcrm.web.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user: an app_user row with its roles (as {@code ROLE_*} authorities). */
public final class CrmUser implements UserDetails, CredentialsContainer {

    private static final Map<String, String> ROLE_NAMES = Map.of(
            "RM", "客户经理", "TEAM_LEAD", "团队长", "BRANCH_MANAGER", "网点负责人",
            "REGIONAL_MANAGER", "区域负责人", "HEAD_OFFICE", "总行管理", "COMPLIANCE", "合规",
            "OPERATIONS", "运营", "ADMIN", "系统管理员");

    private final String username;
    private String passwordHash;
    private final String displayName;
    private final boolean active;
    private final List<String> roles;
    private final boolean mustChangePassword;

    CrmUser(UserAccount account, List<String> roles) {
        this(account.username(), account.passwordHash(), account.displayName(), account.active(), roles,
                account.mustChangePassword());
    }

    private CrmUser(String username, String passwordHash, String displayName, boolean active, List<String> roles,
                    boolean mustChangePassword) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.active = active;
        this.roles = List.copyOf(roles);
        this.mustChangePassword = mustChangePassword;
    }

    /** The same user once the password has been changed (no longer forced to the change page). */
    CrmUser withPasswordChanged() {
        return new CrmUser(username, null, displayName, active, roles, false);
    }

    /** True until the user has replaced the password an administrator set. */
    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public String getDisplayName() {
        return displayName;
    }

    /** The roles in Chinese, joined for the nav bar, e.g. {@code 客户经理}. */
    public String getRoleNames() {
        return String.join("、", roles.stream().map(role -> ROLE_NAMES.getOrDefault(role, role)).toList());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    /** One user is one principal (the session registry counts a user's sessions by this). */
    @Override
    public boolean equals(Object other) {
        return other instanceof CrmUser user && user.username.equals(username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
