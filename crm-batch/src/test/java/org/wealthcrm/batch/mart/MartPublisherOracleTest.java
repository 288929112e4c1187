package org.wealthcrm.batch.mart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.wealthcrm.batch.progress.WorkProgress;
import org.wealthcrm.db.OracleOnH2;

/**
 * The Oracle variant of publishing the mart, on the schema of every Oracle migration (H2 in Oracle mode): array
 * inserts into the global temporary table {@code customer_metrics_stage}, then the same insert-select as on
 * PostgreSQL, with branch and main manager joined in.
 */
class MartPublisherOracleTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    static JdbcTemplate jdbc;
    static TransactionTemplate transaction;

    @TempDir
    Path work;

    @BeforeAll
    static void migrate() {
        DataSource oracle = OracleOnH2.schema("mart_oracle");
        jdbc = new JdbcTemplate(oracle);
        // as under @Transactional in the night: the temporary table's rows live until the commit
        transaction = new TransactionTemplate(new DataSourceTransactionManager(oracle));
        for (String[] c : new String[][] {{"C1", "S010101"}, {"C2", "S010102"}}) {
            jdbc.update("insert into customer (cust_id, cust_name, id_type, id_no, branch_code, status, biz_date,"
                    + " marketing_consent) values (?, '张三', '01', 'X', ?, 'A', date '2026-11-20', 'N')", c[0], c[1]);
        }
        jdbc.update("insert into customer_manager (cust_id, staff_id, rel_type, share_pct, since_date)"
                + " values ('C1', 'RM001', 'M', 100, date '2020-01-01')");
    }

    private static int publish(MartPublisher publisher, Path csv) {
        try {
            return publisher.publish(DAY, csv, WorkProgress.nowhere());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void publishWhenOracleThenStagedByArrayInsertAndPublishedWithBranchAndMainManager() throws IOException {
        Path csv = Files.writeString(work.resolve("metrics_20261120.csv"), MartPublisher.HEADER_WITH_CHURN + "\n"
                + "C1,20261120,8200000.00,7950000.00,VIP1,A10,L2,4,DD;TD;WM;FEQ,0.0500,AUM_DROP\n"
                + "C2,20261120,98000.00,95500.00,VIP4,A04,L3,2,,,\n");
        MartPublisher publisher = new MartPublisher(jdbc, new MartStage(jdbc), new PropensityPublisher(jdbc));

        Integer published = transaction.execute(status -> publish(publisher, csv));
        assertThat(published).isEqualTo(2);
        // H2 keeps a global temporary table's rows after the commit (Oracle drops them); the stage is cleared at the
        // start of every publish, so a re-run of the date replaces it exactly either way
        Integer again = transaction.execute(status -> publish(publisher, csv));
        assertThat(again).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from customer_metrics where biz_date = ?", Integer.class, DAY))
                .isEqualTo(2);

        List<Map<String, Object>> rows = jdbc.queryForList("select cust_id, branch_code, aum, tier, categories,"
                + " main_rm, churn_score, churn_reasons from customer_metrics where biz_date = ? order by cust_id", DAY);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsEntry("CUST_ID", "C1").containsEntry("BRANCH_CODE", "S010101")
                .containsEntry("TIER", "VIP1").containsEntry("CATEGORIES", "DD;TD;WM;FEQ")
                .containsEntry("MAIN_RM", "RM001").containsEntry("CHURN_REASONS", "AUM_DROP");
        assertThat(rows.get(0).get("AUM").toString()).isEqualTo("8200000.00");
        assertThat(rows.get(0).get("CHURN_SCORE").toString()).isEqualTo("0.0500");
        assertThat(rows.get(1)).containsEntry("BRANCH_CODE", "S010102").containsEntry("CATEGORIES", null)
                .containsEntry("MAIN_RM", null).containsEntry("CHURN_SCORE", null);
    }
}
