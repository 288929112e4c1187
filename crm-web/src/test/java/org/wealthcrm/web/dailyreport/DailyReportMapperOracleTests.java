package org.wealthcrm.web.dailyreport;

import static org.assertj.core.api.Assertions.assertThat;

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

/** The Oracle variant ({@code from dual}) of the day's activity, on H2 in Oracle mode. */
class DailyReportMapperOracleTests {

    static SqlSessionFactory sessions;

    @BeforeAll
    static void load() throws IOException {
        sessions = OracleDialect.sessions("dailyreport_oracle", List.of("org/wealthcrm/web/scope/ScopeMapper.xml",
                "org/wealthcrm/web/dailyreport/DailyReportMapper.xml"));
        DatabasePopulatorUtils.execute(new ResourceDatabasePopulator(
                new ClassPathResource("opportunity-oracle-schema.sql")),
                sessions.getConfiguration().getEnvironment().getDataSource());
    }

    @Test
    void findActivityWhenRecordsOfTheDayThenCountedFromDual() {
        try (SqlSession session = sessions.openSession()) {
            DailyReportMapper mapper = session.getMapper(DailyReportMapper.class);
            LocalDate day = LocalDate.of(2026, 11, 20);

            Activity activity = mapper.findActivity("RM001", day, day.atStartOfDay(), day.plusDays(1).atStartOfDay());

            // one service record; two contacts with the same list member count once; the opportunity moved
            // LEAD -> PROPOSAL once (the probability-only entry does not count); F1 79,000 (F2 is the next day)
            assertThat(activity.contacts()).isEqualTo(1);
            assertThat(activity.listReached()).isEqualTo(1);
            assertThat(activity.oppsMoved()).isEqualTo(1);
            assertThat(activity.salesCount()).isEqualTo(1);
            assertThat(activity.salesAmount()).isEqualByComparingTo("79000.00");
        }
    }
}
