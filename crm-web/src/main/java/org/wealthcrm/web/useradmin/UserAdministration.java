package org.wealthcrm.web.useradmin;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wealthcrm.web.audit.DataChangeLog;
import org.wealthcrm.web.security.Passwords;
import org.wealthcrm.web.security.SignedInSessions;

/**
 * The administrator's changes to users: create (initial password, changed at first sign-in), disable and enable,
 * reset the password, assign the role and the org unit. Each changed field is one entry in the data-change log;
 * the user's open sessions end (the next request signs in again, under the new role, org unit or password).
 */
@Service
class UserAdministration {

    static final Set<String> ROLES = Set.of("RM", "TEAM_LEAD", "BRANCH_MANAGER", "REGIONAL_MANAGER", "HEAD_OFFICE",
            "COMPLIANCE", "OPERATIONS", "ADMIN");
    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9_.]{1,39}");

    private final UserAdminMapper mapper;
    private final Passwords passwords;
    private final DataChangeLog changes;
    private final SignedInSessions sessions;

    UserAdministration(UserAdminMapper mapper, Passwords passwords, DataChangeLog changes,
                       SignedInSessions sessions) {
        this.mapper = mapper;
        this.passwords = passwords;
        this.changes = changes;
        this.sessions = sessions;
    }

    @Transactional
    void create(NewUser user) {
        String org = blankToNull(user.orgCode());
        refuseIfInvalid(user, org);
        String key = user.username();
        String name = user.displayName().trim();
        String hash = passwords.initialHash(key, user.initialPassword());
        mapper.insertUser(key, hash, user.staffId(), name, org, true);
        mapper.insertRole(key, user.role());
        passwords.remember(key, hash);
        changes.record("app_user", key, "staff_id", null, user.staffId());
        changes.record("app_user", key, "display_name", null, name);
        changes.record("app_user", key, "org_code", null, org);
        changes.record("app_user", key, "enabled", null, "true");
        changes.record("app_user", key, "must_change_password", null, "true");
        changes.record("app_user_role", key, "role", null, user.role());
    }

    private void refuseIfInvalid(NewUser user, String org) {
        refuseUnless(USERNAME.matcher(user.username()).matches(), "用户名须为 2–40 位小写字母、数字、下划线或点，以字母开头");
        refuseUnless(mapper.find(user.username()) == null, "用户名已存在：" + user.username());
        refuseUnless(user.displayName() != null && !user.displayName().isBlank(), "请填写姓名");
        refuseUnless(mapper.countStaff(user.staffId()) == 1, "没有此员工号：" + user.staffId());
        refuseUnless(ROLES.contains(user.role()), "没有此角色：" + user.role());
        refuseUnless(org == null || mapper.countOrgUnits(org) == 1, "没有此机构：" + org);
    }

    @Transactional
    void setEnabled(String username, boolean enabled, String administrator) {
        ManagedUser user = existing(username);
        refuseUnless(enabled || !username.equals(administrator), "不能停用自己的账号");
        if (user.enabled() != enabled) {
            mapper.updateEnabled(username, enabled);
            changes.record("app_user", username, "enabled", String.valueOf(user.enabled()), String.valueOf(enabled));
        }
        if (!enabled) {
            sessions.endAll(username);
        }
    }

    @Transactional
    void resetPassword(String username, String password) {
        ManagedUser user = existing(username);
        passwords.reset(username, password);
        changes.record("app_user", username, "password", null, "RESET");
        if (!user.mustChangePassword()) {
            changes.record("app_user", username, "must_change_password", "false", "true");
        }
        sessions.endAll(username);
    }

    @Transactional
    void assignRole(String username, String role) {
        existing(username);
        refuseUnless(ROLES.contains(role), "没有此角色：" + role);
        String before = String.join(",", mapper.rolesOf(username));
        if (!before.equals(role)) {
            mapper.deleteRoles(username);
            mapper.insertRole(username, role);
            changes.record("app_user_role", username, "role", before.isEmpty() ? null : before, role);
            sessions.endAll(username);
        }
    }

    @Transactional
    void assignOrgUnit(String username, String orgCode) {
        ManagedUser user = existing(username);
        refuseUnless(mapper.countOrgUnits(orgCode) == 1, "没有此机构：" + orgCode);
        if (!orgCode.equals(user.orgCode())) {
            mapper.updateOrgCode(username, orgCode);
            changes.record("app_user", username, "org_code", user.orgCode(), orgCode);
            sessions.endAll(username);
        }
    }

    List<ManagedUser> all() {
        return mapper.findAll();
    }

    List<UserRole> roles() {
        return mapper.findRoles();
    }

    private ManagedUser existing(String username) {
        ManagedUser user = mapper.find(username);
        refuseUnless(user != null, "没有此用户：" + username);
        return user;
    }

    private static void refuseUnless(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
