package org.wealthcrm.web.bizdate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.wealthcrm.web.OracleDialect;

/** The Oracle variants of the business-date statements, on the Oracle migrations in H2's Oracle mode. */
class BusinessDateMapperOracleTests {

    static SqlSessionFactory sessions;

    @BeforeAll
    static void load() throws IOException {
        sessions = OracleDialect.migratedSessions("bizdate_oracle",
                List.of("org/wealthcrm/web/bizdate/BusinessDateMapper.xml"));
        JdbcTemplate jdbc = new JdbcTemplate(sessions.getConfiguration().getEnvironment().getDataSource());
        for (String day : List.of("2026-11-18", "2026-11-19", "2026-11-20")) {
            for (String cust : List.of("C001", "C002")) {
                jdbc.update("insert into customer_metrics (biz_date, cust_id, branch_code, aum, aum_avg_30, tier,"
                        + " asset_interval, activity_level, coverage) values (?, ?, 'R01', 100.00, 100.00, 'MASS',"
                        + " 'A01', 'L5', 1)", LocalDate.parse(day), cust);
            }
        }
    }

    @Test
    void isPublishedWhenMetricsOfTheDateExistThenTrueOtherwiseFalse() {
        try (SqlSession session = sessions.openSession()) {
            BusinessDateMapper mapper = session.getMapper(BusinessDateMapper.class);
            assertThat(mapper.isPublished(LocalDate.of(2026, 11, 20))).isTrue();
            assertThat(mapper.isPublished(LocalDate.of(2026, 11, 21))).isFalse();
        }
    }

    @Test
    void findRecentWhenThreeDatesAndTwoAskedThenLatestTwoOnceEachNewestFirst() {
        try (SqlSession session = sessions.openSession()) {
            assertThat(session.getMapper(BusinessDateMapper.class).findRecent(2))
                    .containsExactly(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 19));
        }
    }
}
