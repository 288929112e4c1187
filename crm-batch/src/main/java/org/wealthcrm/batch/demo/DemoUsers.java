package org.wealthcrm.batch.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One demo login per role, bound to real staff of the generated bank so that each sees its own scope: an RM and
 * the team lead of the same sub-branch, that branch's manager, that region's manager, a head-office leader, a
 * compliance officer and an operations officer; and the system administrator {@code admin} (users and roles, data
 * dictionary, recycle-bin purge), bound to the operations officer's staff row so that it sees no customer.
 * Password {@value #PASSWORD} (bcrypt-hashed); demo users are not forced to change it.
 */
@Component
public class DemoUsers {

    public static final String PASSWORD = "demo123";
    static final String ADMIN_NAME = "系统管理员";
    private final JdbcTemplate jdbc;

    DemoUsers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public Map<String, String> create() {
        String rm = first("select s.staff_id from staff s where s.position = 'RM' and s.status = 'A'"
                + " and exists (select 1 from customer_manager m where m.staff_id = s.staff_id) order by s.staff_id");
        String subBranch = first("select org_code from staff where staff_id = ?", rm);
        String branch = first("select parent_code from org_unit where org_code = ?", subBranch);
        String region = first("select parent_code from org_unit where org_code = ?", branch);
        Map<String, String> users = new LinkedHashMap<>();
        users.put("rm", rm);
        users.put("tl", first("select staff_id from staff where position = 'TL' and org_code = ? order by staff_id",
                subBranch));
        users.put("bm", first("select staff_id from staff where position = 'BM' and org_code = ? order by staff_id",
                branch));
        users.put("rgm", first("select staff_id from staff where position = 'RGM' and org_code = ? order by staff_id",
                region));
        users.put("hq", first("select staff_id from staff where position = 'HQ' order by staff_id"));
        users.put("cmp", first("select staff_id from staff where position = 'CMP' order by staff_id"));
        users.put("ops", first("select staff_id from staff where position = 'OPS' order by staff_id"));
        users.put("admin", users.get("ops"));
        users.forEach(this::save);
        return users;
    }

    private void save(String username, String staffId) {
        String role = Map.of("rm", "RM", "tl", "TEAM_LEAD", "bm", "BRANCH_MANAGER", "rgm", "REGIONAL_MANAGER",
                "hq", "HEAD_OFFICE", "cmp", "COMPLIANCE", "ops", "OPERATIONS", "admin", "ADMIN").get(username);
        String name = "admin".equals(username) ? ADMIN_NAME
                : first("select staff_name from staff where staff_id = ?", staffId);
        jdbc.update("delete from app_user_role where username = ?", username);
        jdbc.update("delete from password_history where username = ?", username);
        jdbc.update("delete from login_security where subject_kind = 'ACCOUNT' and subject = ?", username);
        jdbc.update("delete from app_user where username = ?", username);
        jdbc.update("insert into app_user (username, password_hash, staff_id, display_name) values (?, ?, ?, ?)",
                username, "{bcrypt}" + new BCryptPasswordEncoder().encode(PASSWORD), staffId, name);
        jdbc.update("insert into app_user_role (username, role) values (?, ?)", username, role);
    }

    private String first(String sql, Object... args) {
        List<String> values = jdbc.queryForList(sql, String.class, args);
        if (values.isEmpty()) {
            throw new IllegalStateException("the demo bank has no row for: " + sql);
        }
        return values.get(0);
    }
}
