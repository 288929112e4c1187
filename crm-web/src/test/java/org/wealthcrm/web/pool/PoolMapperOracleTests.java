package org.wealthcrm.web.pool;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.wealthcrm.web.OracleDialect;

/** The Oracle variant of the pool statements, on the Oracle migrations in H2's Oracle mode. */
class PoolMapperOracleTests {

    static SqlSessionFactory sessions;

    @BeforeAll
    static void load() throws IOException {
        sessions = OracleDialect.migratedSessions("pool_oracle", List.of("org/wealthcrm/web/scope/ScopeMapper.xml",
                "org/wealthcrm/web/pool/PoolMapper.xml"));
        JdbcTemplate jdbc = new JdbcTemplate(sessions.getConfiguration().getEnvironment().getDataSource());
        jdbc.update("insert into customer_pool (cust_id, state, entered_date, previous_owner, reason)"
                + " values ('C001', 'P', date '2026-11-20', 'RM001', '90 天未联系')");
    }

    @Test
    void isPooledWhenCustomerInPoolThenTrueOtherwiseFalse() {
        try (SqlSession session = sessions.openSession()) {
            PoolMapper mapper = session.getMapper(PoolMapper.class);
            assertThat(mapper.isPooled("C001")).isTrue();
            assertThat(mapper.isPooled("C002")).isFalse();
        }
    }
}
