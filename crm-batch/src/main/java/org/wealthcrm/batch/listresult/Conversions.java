package org.wealthcrm.batch.listresult;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The purchases of a list's target that its contacted members made within the window: a fund purchase confirmed by
 * the TA (subscription 120, purchase 122, regular purchase 139), a wealth product newly held (in {@code wm_holding}
 * after the first contact, not held on any day from the list's start to the first contact), or a time deposit of the
 * target product opened. A list with a product counts only that product; a list without one counts any fund
 * purchase or new wealth holding.
 */
final class Conversions {

    private static final String CONTACTED = " and cust_id in (select cust_id from target_list_contact where list_id = ?)";
    private final Map<String, List<LocalDate>> purchases = new HashMap<>();
    private final Map<String, Map<String, TreeSet<LocalDate>>> holdings = new HashMap<>();

    Conversions(JdbcTemplate jdbc, ListWindow list, LocalDate until) {
        String category = list.prodCategory();
        if (category == null || "FUND".equals(category)) {
            fundPurchases(jdbc, list, until);
        }
        if (category == null || "WEALTH".equals(category)) {
            wealthHoldings(jdbc, list, until);
        }
        if ("DEPOSIT".equals(category)) {
            jdbc.query("select cust_id, open_date from account where product_code = ? and open_date >= ?"
                    + " and open_date <= ?" + CONTACTED, rs -> {
                purchase(rs.getString(1), rs.getObject(2, LocalDate.class));
            }, list.prodCode(), list.startDate(), until, list.listId());
        }
    }

    /** Whether the customer bought the target after the day of the first contact, up to the measured day. */
    boolean converted(String custId, LocalDate firstContact) {
        if (purchases.getOrDefault(custId, List.of()).stream().anyMatch(firstContact::isBefore)) {
            return true;
        }
        return holdings.getOrDefault(custId, Map.of()).values().stream()
                .anyMatch(days -> days.first().isAfter(firstContact));
    }

    private void fundPurchases(JdbcTemplate jdbc, ListWindow list, LocalDate until) {
        String product = list.prodCode() == null ? "" : " and fund_code = ?";
        List<Object> args = new ArrayList<>(List.of(list.startDate(), until));
        if (list.prodCode() != null) {
            args.add(list.prodCode());
        }
        args.add(list.listId());
        jdbc.query("select cust_id, confirm_date from fund_confirm where biz_code in ('120', '122', '139')"
                + " and confirm_date >= ? and confirm_date <= ?" + product + CONTACTED, rs -> {
            purchase(rs.getString(1), rs.getObject(2, LocalDate.class));
        }, args.toArray());
    }

    /** Every day each wealth product was held within the window; a product held first after the contact is new. */
    private void wealthHoldings(JdbcTemplate jdbc, ListWindow list, LocalDate until) {
        String product = list.prodCode() == null ? "" : " and prod_code = ?";
        List<Object> args = new ArrayList<>(List.of(list.startDate(), until));
        if (list.prodCode() != null) {
            args.add(list.prodCode());
        }
        args.add(list.listId());
        jdbc.query("select cust_id, prod_code, hold_date from wm_holding where hold_date >= ? and hold_date <= ?"
                + " and market_value_cny > 0" + product + CONTACTED, rs -> {
            holdings.computeIfAbsent(rs.getString(1), c -> new HashMap<>())
                    .computeIfAbsent(rs.getString(2), p -> new TreeSet<>()).add(rs.getObject(3, LocalDate.class));
        }, args.toArray());
    }

    private void purchase(String custId, LocalDate day) {
        purchases.computeIfAbsent(custId, c -> new ArrayList<>()).add(day);
    }
}
