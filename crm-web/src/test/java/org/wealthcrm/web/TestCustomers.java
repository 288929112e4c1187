package org.wealthcrm.web;

import java.time.LocalDate;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Extra customers for tests that change data. Tests using it run in a transaction that is rolled back, so the shared
 * {@code fixture.sql} stays as it is for every other test.
 */
public final class TestCustomers {

    private TestCustomers() {
    }

    /** A customer of sub-branch {@code branch}; the mobile is {@code 1380000} + the last four characters of id. */
    public static void customer(JdbcTemplate jdbc, String custId, String name, String branch) {
        jdbc.update("insert into customer (cust_id, cust_name, id_type, id_no, mobile, branch_code, status,"
                + " marketing_consent, biz_date) values (?, ?, '01', ?, ?, ?, 'A', 'Y', date '2026-11-20')",
                custId, name, "31010119900101" + last4(custId), "1380000" + last4(custId), branch);
    }

    public static void manager(JdbcTemplate jdbc, String custId, String staffId, String relType, int share,
                               LocalDate since) {
        jdbc.update("insert into customer_manager (cust_id, staff_id, rel_type, share_pct, since_date)"
                + " values (?, ?, ?, ?, ?)", custId, staffId, relType, share, since);
    }

    public static void pooled(JdbcTemplate jdbc, String custId, String state, LocalDate entered, String previous) {
        jdbc.update("insert into customer_pool (cust_id, state, entered_date, previous_owner, reason)"
                + " values (?, ?, ?, ?, '测试')", custId, state, entered, previous);
    }

    public static void served(JdbcTemplate jdbc, String custId, String staffId, LocalDate on) {
        jdbc.update("insert into service_record (cust_id, staff_id, service_type, served_at, content, outcome,"
                + " created_at) values (?, ?, 'CALL', ?, '电话回访', 'FOLLOW', current_timestamp)",
                custId, staffId, on.atTime(10, 0));
    }

    private static String last4(String custId) {
        String padded = "0000" + custId.replaceAll("\\D", "");
        return padded.substring(padded.length() - 4);
    }
}
