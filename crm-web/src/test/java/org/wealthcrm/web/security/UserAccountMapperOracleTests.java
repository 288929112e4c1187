package org.wealthcrm.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.wealthcrm.web.OracleDialect;

/** The Oracle variant of the sign-in look-up (number(1) flags), on the Oracle migrations in H2's Oracle mode. */
class UserAccountMapperOracleTests {

    static SqlSessionFactory sessions;

    @BeforeAll
    static void load() throws IOException {
        sessions = OracleDialect.migratedSessions("user_oracle",
                List.of("org/wealthcrm/web/security/UserAccountMapper.xml"));
        JdbcTemplate jdbc = new JdbcTemplate(sessions.getConfiguration().getEnvironment().getDataSource());
        jdbc.update("insert into staff (staff_id, staff_name, org_code, position, status, biz_date)"
                + " values ('RM001', '张伟', 'R01', 'RM', 'A', date '2026-11-20')");
        jdbc.update("insert into staff (staff_id, staff_name, org_code, position, status, biz_date)"
                + " values ('RM002', '李娜', 'R01', 'RM', 'L', date '2026-11-20')");
        jdbc.update("insert into app_user (username, password_hash, staff_id, display_name, enabled)"
                + " values ('zhangwei', '{noop}x', 'RM001', '张伟', 1)");
        jdbc.update("insert into app_user (username, password_hash, staff_id, display_name, enabled)"
                + " values ('lina', '{noop}y', 'RM002', '李娜', 1)");
        jdbc.update("insert into app_user (username, password_hash, staff_id, display_name, enabled)"
                + " values ('off', '{noop}z', 'RM001', '停用', 0)");
    }

    @Test
    void findByUsernameWhenUserEnabledAndStaffActiveThenActive() {
        try (SqlSession session = sessions.openSession()) {
            assertThat(session.getMapper(UserAccountMapper.class).findByUsername("zhangwei"))
                    .isEqualTo(new UserAccount("zhangwei", "{noop}x", "RM001", "张伟", true, false));
        }
    }

    @Test
    void findByUsernameWhenStaffLeftOrUserDisabledThenInactive() {
        try (SqlSession session = sessions.openSession()) {
            UserAccountMapper mapper = session.getMapper(UserAccountMapper.class);
            assertThat(mapper.findByUsername("lina").active()).isFalse();
            assertThat(mapper.findByUsername("off").active()).isFalse();
            assertThat(mapper.findByUsername("nobody")).isNull();
        }
    }
}
