package org.wealthcrm.web.cockpit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.DatabasePopulatorUtils;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.wealthcrm.web.Fixture;
import org.wealthcrm.web.OracleDialect;
import org.wealthcrm.web.scope.DataScope;
import org.wealthcrm.web.scope.ScopeKind;

/**
 * The manager cockpit's churn alerts (databaseId "oracle": fetch next … rows) and targets read on H2 in Oracle mode,
 * over oracle-mini-schema.sql plus goal-alert-oracle-schema.sql.
 */
class ManagerCockpitMapperOracleTests {

    private static final DataScope ALL = new DataScope(ScopeKind.ALL, "HQ001", "HO000", "/HO000/", false);
    private static final DataScope RM009 = new DataScope(ScopeKind.OWN, "RM009", "R02", "/HO000/R02/", false);

    static SqlSessionFactory sessions;

    @BeforeAll
    static void load() throws IOException {
        sessions = OracleDialect.sessions("manager_cockpit_oracle", List.of(
                "org/wealthcrm/web/scope/ScopeMapper.xml", "org/wealthcrm/web/cockpit/ManagerCockpitMapper.xml"));
        DatabasePopulatorUtils.execute(new ResourceDatabasePopulator(
                new ClassPathResource("goal-alert-oracle-schema.sql")),
                sessions.getConfiguration().getEnvironment().getDataSource());
    }

    @Test
    void churnAlertsWhenOneOpenAndOneClosedThenOnlyTheOpenOne() {
        // goal-alert-oracle-schema.sql: alert 1 C001 OPEN 0.7 for RM001 张伟, alert 2 C003 CLOSED
        try (SqlSession session = sessions.openSession()) {
            ManagerCockpitMapper mapper = session.getMapper(ManagerCockpitMapper.class);
            assertThat(mapper.churnAlerts(ALL, Fixture.LATEST, 1))
                    .extracting(ManagerRows.ChurnAlert::custId, ManagerRows.ChurnAlert::mainRmName,
                            ManagerRows.ChurnAlert::status)
                    .containsExactly(tuple("C001", "张伟", "OPEN"));
            assertThat(mapper.churnAlerts(RM009, Fixture.LATEST, 5)).isEmpty();
        }
    }

    @Test
    void goalsWhenRegionTargetThenCompletionOfTheLatestDate() {
        // R01's November sales target 1,000,000, 250,000 achieved on 11-20: 25.0 %
        try (SqlSession session = sessions.openSession()) {
            List<ManagerRows.GoalProgress> goals = session.getMapper(ManagerCockpitMapper.class)
                    .goals("O", "R01", LocalDate.of(2026, 11, 1), Fixture.LATEST);
            assertThat(goals).extracting(ManagerRows.GoalProgress::metric, ManagerRows.GoalProgress::asOf)
                    .containsExactly(tuple("SALES", LocalDate.of(2026, 11, 20)));
            assertThat(goals.get(0).percent()).isEqualByComparingTo("25.0");
        }
    }
}
