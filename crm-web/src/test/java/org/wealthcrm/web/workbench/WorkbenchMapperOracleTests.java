package org.wealthcrm.web.workbench;

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

/** The Oracle variants of the workbench lists, on H2 in Oracle mode (see {@link OracleDialect}). */
class WorkbenchMapperOracleTests {

    private static final DataScope RM001 = new DataScope(ScopeKind.OWN, "RM001", "R01", "/HO000/R01/", false);
    private static final WorkbenchDay DAY = new WorkbenchDay(LocalDate.of(2026, 11, 21), Fixture.LATEST);

    static SqlSessionFactory sessions;

    @BeforeAll
    static void load() throws IOException {
        sessions = OracleDialect.sessions("workbench_oracle", List.of("org/wealthcrm/web/scope/ScopeMapper.xml",
                "org/wealthcrm/web/workbench/WorkbenchMapper.xml"));
        DatabasePopulatorUtils.execute(new ResourceDatabasePopulator(
                new ClassPathResource("workbench-oracle-schema.sql")),
                sessions.getConfiguration().getEnvironment().getDataSource());
    }

    @Test
    void findWhenBirthdaysAndOverdueFollowUpsThenRowsWithFetchNextPaging() {
        try (SqlSession session = sessions.openSession()) {
            WorkbenchMapper mapper = session.getMapper(WorkbenchMapper.class);
            assertThat(mapper.find(RM001, WorkItemKind.BIRTHDAYS, DAY, 10)).extracting(WorkItem::custId)
                    .containsExactly("C001");
            assertThat(mapper.find(RM001, WorkItemKind.OVERDUE_FOLLOW_UPS, DAY, 10))
                    .extracting(WorkItem::custId, WorkItem::itemDate)
                    .containsExactly(tuple("C002", LocalDate.of(2026, 11, 15)));
            assertThat(mapper.count(RM001, WorkItemKind.OVERDUE_FOLLOW_UPS, DAY)).isEqualTo(1);
        }
    }
}
