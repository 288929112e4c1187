package org.wealthcrm.batch.listresult;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Measures one list on a business date d, up to the last measured day u = min(window end, d).
 * <ul>
 * <li>Population: the list's current members plus anyone contacted for the list within the window, each under the
 * main RM of d's metrics ({@value #NO_MANAGER} when the customer has none).</li>
 * <li>Contacted: at least one list contact from the window's start to u; the first contact day is c.</li>
 * <li>Converted: a contacted member who bought the target after c and up to u ({@link Conversions}).</li>
 * <li>AUM gained of a contacted member: the customer's AUM on its latest published date up to u minus its AUM on
 * its latest published date before c (0 when it has no figures before c: new to the bank).</li>
 * </ul>
 */
final class ListMeasure {

    static final String NO_MANAGER = "-";
    private static final int AUM_LOOKBACK_DAYS = 40;
    private final JdbcTemplate jdbc;

    ListMeasure(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, RmTally> byManager(ListWindow list, LocalDate businessDate) {
        LocalDate until = list.until(businessDate);
        Timestamp from = Timestamp.valueOf(list.startDate().atStartOfDay());
        Timestamp to = Timestamp.valueOf(until.plusDays(1).atStartOfDay());
        Map<String, LocalDate> firstContacts = firstContacts(list.listId(), from, to);
        Map<String, TreeMap<LocalDate, BigDecimal>> aum = aumOfContacted(list, until);
        Conversions conversions = new Conversions(jdbc, list, until);
        Map<String, RmTally> tallies = new TreeMap<>();
        jdbc.query("select x.cust_id, m.main_rm from (select cust_id from target_list_member where list_id = ?"
                + " union select cust_id from target_list_contact where list_id = ? and contacted_at >= ?"
                + " and contacted_at < ?) x left join customer_metrics m on m.cust_id = x.cust_id and m.biz_date = ?",
                rs -> {
                    String custId = rs.getString(1);
                    String staffId = rs.getString(2) == null ? NO_MANAGER : rs.getString(2);
                    LocalDate first = firstContacts.get(custId);
                    MemberOutcome outcome = first == null
                            ? new MemberOutcome(staffId, false, false, BigDecimal.ZERO, BigDecimal.ZERO)
                            : new MemberOutcome(staffId, true, conversions.converted(custId, first),
                                    latest(aum.get(custId), first.minusDays(1)), latest(aum.get(custId), until));
                    tallies.computeIfAbsent(staffId, s -> new RmTally()).add(outcome);
                }, list.listId(), list.listId(), from, to, businessDate);
        return tallies;
    }

    private Map<String, LocalDate> firstContacts(long listId, Timestamp from, Timestamp to) {
        Map<String, LocalDate> firstContacts = new HashMap<>();
        jdbc.query("select cust_id, min(contacted_at) from target_list_contact where list_id = ? and contacted_at >= ?"
                + " and contacted_at < ? group by cust_id", rs -> {
            firstContacts.put(rs.getString(1), rs.getTimestamp(2).toLocalDateTime().toLocalDate());
        }, listId, from, to);
        return firstContacts;
    }

    private Map<String, TreeMap<LocalDate, BigDecimal>> aumOfContacted(ListWindow list, LocalDate until) {
        Map<String, TreeMap<LocalDate, BigDecimal>> aum = new HashMap<>();
        jdbc.query("select cust_id, biz_date, aum from customer_metrics where biz_date >= ? and biz_date <= ?"
                + " and cust_id in (select cust_id from target_list_contact where list_id = ?)", rs -> {
            aum.computeIfAbsent(rs.getString(1), c -> new TreeMap<>())
                    .put(rs.getObject(2, LocalDate.class), rs.getBigDecimal(3));
        }, list.startDate().minusDays(AUM_LOOKBACK_DAYS), until, list.listId());
        return aum;
    }

    private static BigDecimal latest(TreeMap<LocalDate, BigDecimal> days, LocalDate upTo) {
        Map.Entry<LocalDate, BigDecimal> entry = days == null ? null : days.floorEntry(upTo);
        return entry == null ? BigDecimal.ZERO : entry.getValue();
    }
}
