package org.wealthcrm.batch.churnalert;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.wealthcrm.batch.MigratedDatabase;

/** Alerts of 2026-11-20 with threshold 0.5, tiers VIP3 and above, 30 quiet days, tasks due 3 days later. */
class ChurnAlertsTest {

    private static final LocalDate DATE = LocalDate.of(2026, 11, 20);
    private static MigratedDatabase db;
    private static JdbcTemplate jdbc;
    private final ChurnAlerts alerts = new ChurnAlerts(jdbc, new AlertRules(new BigDecimal("0.5"), "VIP3", 30, 3),
            Clock.fixed(Instant.parse("2026-11-21T02:00:00Z"), ZoneId.of("UTC")));

    @BeforeAll
    static void bank() {
        db = new MigratedDatabase();
        jdbc = db.jdbc();
        customer("K1", "VIP2", "0.7000", "RM1");   // alert
        customer("K2", "VIP3", "0.5000", "RM2");   // alert: the threshold itself crosses
        customer("K3", "VIP4", "0.9000", "RM1");   // tier below VIP3
        customer("K4", "VIP1", "0.4999", "RM1");   // below the threshold
        customer("K5", "VIP1", "0.8000", null);    // no manager (public pool)
        customer("K6", "VIP2", "0.6000", "RM1");   // alert still open (acknowledged 11-10)
        customer("K7", "VIP2", "0.6000", "RM2");   // closed alert of 11-01: within 30 quiet days
        customer("K8", "VIP2", "0.6000", "RM2");   // closed alert of 10-15: 36 days ago, alert again
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @BeforeEach
    void earlierAlerts() {
        jdbc.update("delete from churn_alert");
        jdbc.update("delete from crm_task");
        earlier("K6", "2026-11-10", "ACKED");
        earlier("K7", "2026-11-01", "CLOSED");
        earlier("K8", "2026-10-15", "CLOSED");
    }

    @Test
    void raiseWhenValuableCustomersCrossThresholdThenAlertAndTaskForMainRm() {
        int raised = alerts.raise(DATE);

        assertThat(raised).isEqualTo(3);
        assertThat(jdbc.queryForList("select a.cust_id || '|' || a.staff_id || '|' || a.churn_score || '|'"
                + " || coalesce(a.churn_reasons, '') || '|' || t.assignee_id || '|' || t.title || '|' || t.due_at"
                + " from churn_alert a join crm_task t on t.task_id = a.task_id and t.cust_id = a.cust_id"
                + " where a.biz_date = ? and a.status = 'OPEN' order by a.cust_id", String.class, DATE))
                .containsExactly(
                        "K1|RM1|0.7000|AUM_CHANGE_90=-45.2|RM1|流失预警跟进：客户K1（评分 0.7000）|2026-11-23 18:00:00",
                        "K2|RM2|0.5000|AUM_CHANGE_90=-45.2|RM2|流失预警跟进：客户K2（评分 0.5000）|2026-11-23 18:00:00",
                        "K8|RM2|0.6000|AUM_CHANGE_90=-45.2|RM2|流失预警跟进：客户K8（评分 0.6000）|2026-11-23 18:00:00");
    }

    @Test
    void raiseWhenDateRunAgainThenSameAlertsAndNoDuplicateTasks() {
        alerts.raise(DATE);
        jdbc.update("update churn_alert set status = 'ACKED' where cust_id = 'K1' and biz_date = ?", DATE);

        alerts.raise(DATE);

        // K1 was acknowledged before the re-run: kept as it is; K2 and K8 raised afresh with new tasks
        assertThat(jdbc.queryForList("select cust_id || '|' || status from churn_alert where biz_date = ?"
                + " order by cust_id", String.class, DATE)).containsExactly("K1|ACKED", "K2|OPEN", "K8|OPEN");
        assertThat(jdbc.queryForObject("select count(*) from crm_task", Integer.class)).isEqualTo(3);
    }

    private static void customer(String custId, String tier, String score, String rm) {
        jdbc.update("insert into customer (cust_id, cust_name, id_type, id_no, branch_code, status,"
                + " marketing_consent, biz_date) values (?, ?, '01', ?, 'S1', 'A', 'Y', date '2026-11-20')",
                custId, "客户" + custId, custId);
        db.metrics("2026-11-20", custId, "S1", "1000000", tier, rm, score, "AUM_CHANGE_90=-45.2");
    }

    private static void earlier(String custId, String date, String status) {
        jdbc.update("insert into churn_alert (biz_date, cust_id, staff_id, branch_code, tier, aum, churn_score, status)"
                + " values (cast(? as date), ?, 'RM1', 'S1', 'VIP2', 1, 0.6, ?)", date, custId, status);
    }
}
