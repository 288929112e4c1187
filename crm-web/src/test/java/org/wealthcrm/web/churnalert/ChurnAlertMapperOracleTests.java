package org.wealthcrm.web.churnalert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.util.List;

import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.DatabasePopulatorUtils;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.wealthcrm.web.OracleDialect;
import org.wealthcrm.web.scope.DataScope;
import org.wealthcrm.web.scope.ScopeKind;

/** The churn alerts' statements on H2 in Oracle mode (see {@link OracleDialect}), with the scope fragment. */
class ChurnAlertMapperOracleTests {

    private static final DataScope RM001 = new DataScope(ScopeKind.OWN, "RM001", "R01", "/HO000/R01/", false);
    private static final DataScope BANK = new DataScope(ScopeKind.ALL, "HQ001", "HO000", "/HO000/", false);
    static SqlSessionFactory sessions;

    @BeforeAll
    static void load() throws IOException {
        sessions = OracleDialect.sessions("alert_oracle", List.of("org/wealthcrm/web/scope/ScopeMapper.xml",
                "org/wealthcrm/web/churnalert/ChurnAlertMapper.xml"));
        DatabasePopulatorUtils.execute(new ResourceDatabasePopulator(
                new ClassPathResource("goal-alert-oracle-schema.sql")),
                sessions.getConfiguration().getEnvironment().getDataSource());
    }

    @Test
    void findWhenOpenAndClosedAlertsThenScopedOpenOnesAndExposure() {
        try (SqlSession session = sessions.openSession()) {
            ChurnAlertMapper mapper = session.getMapper(ChurnAlertMapper.class);
            assertThat(mapper.findAlerts(RM001, false)).extracting(ChurnAlertRows.Alert::custId)
                    .containsExactly("C001");
            assertThat(mapper.findAlerts(BANK, true)).hasSize(2);
            assertThat(mapper.findExposure(BANK, "/HO000/")).extracting(ChurnAlertRows.Exposure::staffName,
                    e -> e.aum().intValue()).containsExactly(tuple("张伟", 800000));
            assertThat(mapper.findChildOrgs("HO000")).extracting(ChurnAlertRows.Org::orgCode)
                    .containsExactly("R01", "R02");
        }
    }
}
