package org.wealthcrm.web.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.wealthcrm.web.OracleDialect;

/** The Oracle variants of the operations page's statements, on the Oracle migrations in H2's Oracle mode. */
class OperationsMapperOracleTests {

    static SqlSessionFactory sessions;

    @BeforeAll
    static void load() throws IOException {
        sessions = OracleDialect.migratedSessions("operations_oracle",
                List.of("org/wealthcrm/web/operations/OperationsMapper.xml"));
        JdbcTemplate jdbc = new JdbcTemplate(sessions.getConfiguration().getEnvironment().getDataSource());
        jdbc.update("insert into nightly_run (biz_date, status, started_at, customers, rejected)"
                + " values (date '2026-11-19', 'COMPLETED', timestamp '2026-11-20 01:00:00', 3000, 2)");
        jdbc.update("insert into nightly_run (biz_date, status, started_at, message)"
                + " values (date '2026-11-20', 'FAILED', timestamp '2026-11-21 01:00:00', 'cbs_txn missing')");
        jdbc.update("insert into nightly_run (biz_date, status, started_at, progress)"
                + " values (date '2026-11-20', 'STARTED', timestamp '2026-11-21 02:00:00', 'load 10/20')");
        jdbc.update("insert into load_reject (biz_date, file_name, line_no, reason_code, reason)"
                + " values (date '2026-11-20', 'cbs_txn_20261120.dat', 9, 'BAD_AMOUNT', 'amount: malformed')");
        jdbc.update("insert into load_reject (biz_date, file_name, line_no, reason_code, reason)"
                + " values (date '2026-11-20', 'cbs_txn_20261120.dat', 4, 'BAD_DATE', 'date: 2026-13-01')");
        jdbc.update("insert into load_reject (biz_date, file_name, line_no, reason_code, reason)"
                + " values (date '2026-11-20', 'cbs_cust_20261120.dat', 12, 'BAD_ID', 'id_no: check digit')");
        jdbc.update("insert into load_reject (biz_date, file_name, line_no, reason_code, reason)"
                + " values (date '2026-11-19', 'cbs_cust_20261119.dat', 1, 'BAD_ID', 'id_no: check digit')");
    }

    @Test
    void findRunsWhenThreeRunsAndTwoAskedThenLatestDateAndRunFirst() {
        try (SqlSession session = sessions.openSession()) {
            assertThat(session.getMapper(OperationsMapper.class).findRuns(2))
                    .extracting(RunRows.Run::runId, RunRows.Run::status, RunRows.Run::progress)
                    .containsExactly(tuple(3L, "STARTED", "load 10/20"), tuple(2L, "FAILED", null));
        }
    }

    @Test
    void findRejectsWhenThreeOfTheDateAndTwoAskedThenFirstByFileAndLine() {
        try (SqlSession session = sessions.openSession()) {
            assertThat(session.getMapper(OperationsMapper.class).findRejects(LocalDate.of(2026, 11, 20), 2))
                    .containsExactly(
                            new RunRows.Reject("cbs_cust_20261120.dat", 12, "BAD_ID", "id_no: check digit"),
                            new RunRows.Reject("cbs_txn_20261120.dat", 4, "BAD_DATE", "date: 2026-13-01"));
        }
    }
}
