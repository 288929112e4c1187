package org.wealthcrm.batch.goal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What every unit achieved in the month of business date d, from month start M to d (rows of every org unit and
 * manager with a figure or a target; a re-run of d replaces d's rows):
 * <ul>
 * <li>AUM_GROWTH: AUM on d minus AUM on the base date, the last published date before M (the first published date
 * of the month when there is none), per customer (0 on a side where it has no figures), counted for its home
 * branch's org chain and its main RM.</li>
 * <li>SALES: fund purchases confirmed from M to d (biz_code 120, 122, 139; confirm_amount) credited to their
 * {@code marketer_id}, plus wealth products newly held from M to d (not held on the base date; market value on the
 * first day held) credited to the customer's main RM on d; counted for the staff member and the org chain it works
 * in.</li>
 * <li>NEW_VIP: customers with a VIP tier on d whose first published VIP tier ever falls between M and d.</li>
 * </ul>
 */
@Component
public class GoalCompletion {

    private static final String INSERT = "insert into goal_completion (biz_date, goal_month, metric, unit_code, actual)"
            + " values (?, ?, ?, ?, ?)";
    private final JdbcTemplate jdbc;

    GoalCompletion(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public int compute(LocalDate businessDate) {
        LocalDate month = businessDate.withDayOfMonth(1);
        jdbc.update("delete from goal_completion where biz_date = ?", businessDate);
        UnitTotals totals = new UnitTotals(pairs("select org_code, org_path from org_unit"),
                pairs("select staff_id, org_code from staff"));
        LocalDate base = baseDate(month, businessDate);
        if (base != null) {
            aumGrowth(totals, base, businessDate);
            sales(totals, month, base, businessDate);
            newVip(totals, month, businessDate);
        }
        jdbc.query("select metric, unit_code from goal where goal_month = ?", rs -> {
            totals.touch(rs.getString(1), rs.getString(2));
        }, month);
        List<Object[]> rows = new ArrayList<>();
        totals.byMetric().forEach((metric, units) -> units.forEach((unit, actual) ->
                rows.add(new Object[] {businessDate, month, metric, unit, actual})));
        jdbc.batchUpdate(INSERT, rows);
        return rows.size();
    }

    private LocalDate baseDate(LocalDate month, LocalDate businessDate) {
        LocalDate before = jdbc.queryForObject("select max(biz_date) from customer_metrics where biz_date < ?",
                LocalDate.class, month);
        return before != null ? before : jdbc.queryForObject("select min(biz_date) from customer_metrics"
                + " where biz_date >= ? and biz_date <= ?", LocalDate.class, month, businessDate);
    }

    private void aumGrowth(UnitTotals totals, LocalDate base, LocalDate businessDate) {
        jdbc.query("select coalesce(n.branch_code, b.branch_code), coalesce(n.main_rm, b.main_rm),"
                + " coalesce(n.aum, 0) - coalesce(b.aum, 0)"
                + " from (select cust_id, branch_code, main_rm, aum from customer_metrics where biz_date = ?) n"
                + " full outer join (select cust_id, branch_code, main_rm, aum from customer_metrics"
                + " where biz_date = ?) b on b.cust_id = n.cust_id", rs -> {
            totals.addCustomer("AUM_GROWTH", rs.getString(1), rs.getString(2), rs.getBigDecimal(3));
        }, businessDate, base);
    }

    private void sales(UnitTotals totals, LocalDate month, LocalDate base, LocalDate businessDate) {
        jdbc.query("select marketer_id, sum(confirm_amount) from fund_confirm where biz_code in ('120', '122', '139')"
                + " and confirm_date >= ? and confirm_date <= ? and marketer_id is not null group by marketer_id",
                rs -> {
                    totals.addCredit("SALES", rs.getString(1), rs.getBigDecimal(2));
                }, month, businessDate);
        jdbc.query("select m.main_rm, sum(h.market_value_cny) from wm_holding h"
                + " join (select cust_id, prod_code, min(hold_date) as first_day from wm_holding"
                + " where hold_date >= ? and hold_date <= ? group by cust_id, prod_code) f"
                + " on f.cust_id = h.cust_id and f.prod_code = h.prod_code and f.first_day = h.hold_date"
                + " join customer_metrics m on m.cust_id = h.cust_id and m.biz_date = ?"
                + " where m.main_rm is not null and not exists (select 1 from wm_holding b where b.cust_id = h.cust_id"
                + " and b.prod_code = h.prod_code and b.hold_date = ?) group by m.main_rm", rs -> {
            totals.addCredit("SALES", rs.getString(1), rs.getBigDecimal(2));
        }, month, businessDate, businessDate, base);
    }

    private void newVip(UnitTotals totals, LocalDate month, LocalDate businessDate) {
        jdbc.query("select m.branch_code, m.main_rm from customer_metrics m where m.biz_date = ? and m.tier <> 'MASS'"
                + " and m.cust_id in (select v.cust_id from customer_metrics v where v.tier <> 'MASS'"
                + " and v.biz_date <= ? group by v.cust_id having min(v.biz_date) >= ?)", rs -> {
            totals.addCustomer("NEW_VIP", rs.getString(1), rs.getString(2), BigDecimal.ONE);
        }, businessDate, businessDate, month);
    }

    private Map<String, String> pairs(String sql) {
        Map<String, String> pairs = new HashMap<>();
        jdbc.query(sql, rs -> {
            pairs.put(rs.getString(1), rs.getString(2));
        });
        return pairs;
    }
}
