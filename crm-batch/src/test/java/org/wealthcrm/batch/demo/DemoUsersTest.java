package org.wealthcrm.batch.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.wealthcrm.batch.MigratedDatabase;

/** The demo logins on a one-branch bank: one per role and the administrator {@code admin}, password demo123. */
class DemoUsersTest {

    private static MigratedDatabase db;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void bank() {
        db = new MigratedDatabase();
        jdbc = db.jdbc();
        jdbc.update("insert into org_unit (org_code, org_name, org_level, parent_code, org_path, biz_date) values"
                + " ('HO', '总行', 1, null, '/HO/', date '2026-11-20'), ('R1', '华东', 2, 'HO', '/HO/R1/', date '2026-11-20'),"
                + " ('B1', '上海', 3, 'R1', '/HO/R1/B1/', date '2026-11-20'),"
                + " ('S1', '陆家嘴', 4, 'B1', '/HO/R1/B1/S1/', date '2026-11-20')");
        jdbc.update("insert into staff (staff_id, staff_name, org_code, position, status, biz_date) values"
                + " ('RM1', '张伟', 'S1', 'RM', 'A', date '2026-11-20'), ('TL1', '陈静', 'S1', 'TL', 'A', date '2026-11-20'),"
                + " ('BM1', '杨军', 'B1', 'BM', 'A', date '2026-11-20'), ('RG1', '赵敏', 'R1', 'RGM', 'A', date '2026-11-20'),"
                + " ('HQ1', '黄磊', 'HO', 'HQ', 'A', date '2026-11-20'), ('CM1', '周婷', 'HO', 'CMP', 'A', date '2026-11-20'),"
                + " ('OP1', '吴强', 'HO', 'OPS', 'A', date '2026-11-20')");
        jdbc.update("insert into customer_manager (cust_id, staff_id, rel_type, share_pct, since_date)"
                + " values ('C1', 'RM1', 'M', 100, date '2020-01-01')");
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void createWhenDemoBankThenAdminIsAdministratorOnTheOperationsStaffWithDemoPassword() {
        Map<String, String> users = new DemoUsers(jdbc).create();

        assertThat(users).containsEntry("admin", "OP1").containsEntry("ops", "OP1").containsEntry("rm", "RM1")
                .hasSize(8);
        Map<String, Object> admin = jdbc.queryForMap("select staff_id, display_name, enabled, must_change_password,"
                + " password_hash from app_user where username = 'admin'");
        assertThat(admin).containsEntry("staff_id", "OP1").containsEntry("display_name", "系统管理员")
                .containsEntry("enabled", true).containsEntry("must_change_password", false);
        String hash = ((String) admin.get("password_hash")).substring("{bcrypt}".length());
        assertThat(new BCryptPasswordEncoder().matches(DemoUsers.PASSWORD, hash)).isTrue();
        assertThat(jdbc.queryForList("select role from app_user_role where username = 'admin'", String.class))
                .containsExactly("ADMIN");
    }

    @Test
    void createWhenRunAgainAfterPasswordChangeAndLockThenDemoPasswordBackAndLockGone() {
        new DemoUsers(jdbc).create();
        jdbc.update("insert into password_history (username, password_hash, changed_at)"
                + " values ('admin', 'x', timestamp '2026-11-20 09:00:00')");
        jdbc.update("insert into login_security (subject_kind, subject, failures, locked_until)"
                + " values ('ACCOUNT', 'admin', 0, timestamp '2999-01-01 00:00:00')");

        new DemoUsers(jdbc).create();

        assertThat(jdbc.queryForObject("select count(*) from password_history where username = 'admin'",
                Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from login_security where subject = 'admin'",
                Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from app_user", Integer.class)).isEqualTo(8);
    }
}
