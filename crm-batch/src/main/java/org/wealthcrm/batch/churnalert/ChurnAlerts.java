package org.wealthcrm.batch.churnalert;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Raises churn alerts for a business date ({@link AlertRules}): each valuable customer whose score crossed the
 * threshold, with a main RM and no open or recent alert, gets an alert for that RM with the score's reasons and a
 * follow-up task on the RM's task list. A re-run of a date first removes the date's alerts nobody has handled yet
 * (and their untouched tasks), so it raises exactly what a first run would.
 */
@Component
public class ChurnAlerts {

    private static final LocalTime TASK_DUE = LocalTime.of(18, 0);
    private final JdbcTemplate jdbc;
    private final AlertRules rules;
    private final Clock clock;

    ChurnAlerts(JdbcTemplate jdbc, AlertRules rules, Clock clock) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.clock = clock;
    }

    @Transactional
    public int raise(LocalDate businessDate) {
        jdbc.update("delete from crm_task where status = 'OPEN' and task_id in (select a.task_id from churn_alert a"
                + " where a.biz_date = ? and a.status = 'OPEN')", businessDate);
        jdbc.update("delete from churn_alert where biz_date = ? and status = 'OPEN'", businessDate);
        List<Candidate> candidates = candidates(businessDate);
        for (Candidate c : candidates) {
            long taskId = task(c, businessDate);
            jdbc.update("insert into churn_alert (biz_date, cust_id, staff_id, branch_code, tier, aum, churn_score,"
                    + " churn_reasons, task_id, status) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN')", businessDate,
                    c.custId(), c.staffId(), c.branchCode(), c.tier(), c.aum(), c.score(), c.reasons(), taskId);
        }
        return candidates.size();
    }

    private List<Candidate> candidates(LocalDate businessDate) {
        List<Object> args = new ArrayList<>(List.of(businessDate, rules.threshold));
        args.addAll(rules.valuableTiers);
        args.add(businessDate.minusDays(rules.quietDays));
        return jdbc.query("select m.cust_id, c.cust_name, m.main_rm, m.branch_code, m.tier, m.aum, m.churn_score,"
                + " m.churn_reasons from customer_metrics m join customer c on c.cust_id = m.cust_id"
                + " where m.biz_date = ? and m.churn_score >= ? and m.main_rm is not null and m.tier in ("
                + String.join(", ", Collections.nCopies(rules.valuableTiers.size(), "?")) + ")"
                + " and not exists (select 1 from churn_alert a where a.cust_id = m.cust_id"
                + " and (a.status <> 'CLOSED' or a.biz_date > ?)) order by m.cust_id",
                (rs, i) -> new Candidate(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getString(8)),
                args.toArray());
    }

    private long task(Candidate c, LocalDate businessDate) {
        String title = "流失预警跟进：" + c.custName() + "（评分 " + c.score().toPlainString() + "）";
        Timestamp due = Timestamp.valueOf(businessDate.plusDays(rules.taskDays).atTime(TASK_DUE));
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(clock));
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement insert = con.prepareStatement("insert into crm_task (kind, cust_id, title, due_at,"
                    + " creator_id, assignee_id, status, created_at) values ('TASK', ?, ?, ?, ?, ?, 'OPEN', ?)",
                    new String[] {"task_id"});
            insert.setString(1, c.custId());
            insert.setString(2, title);
            insert.setTimestamp(3, due);
            insert.setString(4, c.staffId());
            insert.setString(5, c.staffId());
            insert.setTimestamp(6, now);
            return insert;
        }, key);
        return key.getKey().longValue();
    }

    private record Candidate(String custId, String custName, String staffId, String branchCode, String tier,
                             BigDecimal aum, BigDecimal score, String reasons) {
    }
}
