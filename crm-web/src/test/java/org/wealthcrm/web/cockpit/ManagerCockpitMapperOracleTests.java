package org.wealthcrm.web.cockpit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wealthcrm.web.Fixture;
import org.wealthcrm.web.OracleDialect;
import org.wealthcrm.web.scope.DataScope;
import org.wealthcrm.web.scope.ScopeKind;

/** The manager cockpit's churn alerts read with databaseId "oracle" (fetch next … rows), on H2 in Oracle mode. */
class ManagerCockpitMapperOracleTests {

    private static final DataScope ALL = new DataScope(ScopeKind.ALL, "HQ001", "HO000", "/HO000/", false);

    static SqlSessionFactory sessions;

    @BeforeAll
    static void load() throws IOException {
        sessions = OracleDialect.sessions("manager_cockpit_oracle", List.of(
                "org/wealthcrm/web/scope/ScopeMapper.xml", "org/wealthcrm/web/cockpit/ManagerCockpitMapper.xml"));
    }

    @Test
    void churnAlertsWhenLimitedToOneThenHighestScoreOnly() {
        // oracle-mini-schema.sql, 2026-11-20: C003 0.9000, C001 0.7000, C002 none
        try (SqlSession session = sessions.openSession()) {
            assertThat(session.getMapper(ManagerCockpitMapper.class).churnAlerts(ALL, Fixture.LATEST, List.of("MASS"),
                    new BigDecimal("0.5"), 1))
                    .extracting(ManagerRows.ChurnAlert::custId).containsExactly("C003");
        }
    }
}
