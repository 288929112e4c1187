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

    CrmUser(UserAccount account, List<String> roles) {
        this.username = account.username();
        this.passwordHash = account.passwordHash();
        this.displayName = account.displayName();
        this.active = account.active();
        this.roles = List.copyOf(roles);
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

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
