package org.wealthcrm.web.goal;

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
import org.wealthcrm.web.OracleDialect;

/** The targets' statements on H2 in Oracle mode (see {@link OracleDialect}): units, goals, completion. */
class GoalMapperOracleTests {

    private static final LocalDate NOVEMBER = LocalDate.of(2026, 11, 1);
    static SqlSessionFactory sessions;

    @BeforeAll
    static void load() throws IOException {
        sessions = OracleDialect.sessions("goal_oracle", List.of("org/wealthcrm/web/goal/GoalMapper.xml"));
        DatabasePopulatorUtils.execute(new ResourceDatabasePopulator(
                new ClassPathResource("goal-alert-oracle-schema.sql")),
                sessions.getConfiguration().getEnvironment().getDataSource());
    }

    @Test
    void findWhenOrgUnitsStaffAndGoalsThenRowsMapped() {
        try (SqlSession session = sessions.openSession()) {
            GoalMapper mapper = session.getMapper(GoalMapper.class);
            assertThat(mapper.findUnit("R01")).isEqualTo(new GoalRows.Unit("R01", "华东区域", "O", 2, "/HO000/R01/",
                    "HO000"));
            assertThat(mapper.findUnit("RM001")).isEqualTo(new GoalRows.Unit("RM001", "张伟", "S", 5, "/HO000/R01/",
                    "R01"));
            assertThat(mapper.findChildren("R01")).extracting(GoalRows.Unit::code).containsExactly("RM001");
            assertThat(mapper.findChildren("HO000")).extracting(GoalRows.Unit::code).containsExactly("R01", "R02");
            assertThat(mapper.findGoals(NOVEMBER, List.of("R01", "R02"))).extracting(GoalRows.Goal::unitCode,
                    g -> g.targetValue().intValue()).containsExactly(tuple("R01",
                    1000000));
            LocalDate asOf = mapper.findLatestCompletionDate(NOVEMBER);
            assertThat(asOf).isEqualTo(LocalDate.of(2026, 11, 20));
            assertThat(mapper.findCompletions(NOVEMBER, asOf, List.of("R01"))).hasSize(1);
        }
    }
}
