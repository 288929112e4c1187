package org.wealthcrm.web.audit;

import java.util.List;

/**
 * The tables that hold hash-chained log entries, the chain each belongs to, and the columns (in canonical order)
 * the entry hash covers besides {@code seq}. Writer and verifier both go by this list, so they cannot drift apart.
 */
public enum ChainTable {

    DATA_CHANGE_LOG("data_change_log", "data_change_log", "changed_at",
            List.of("changed_at", "username", "table_name", "record_key", "field_name", "old_value", "new_value")),
    LOGIN_LOG("login_log", "login_log", "logged_at",
            List.of("logged_at", "username", "ip", "result")),
    SMS_MESSAGE("sms_log", "sms_message", "created_at",
            List.of("msg_id", "created_at", "sender", "sender_staff", "cust_id", "mobile", "kind", "template_id",
                    "content", "encoding", "parts", "channel", "batch_id", "test_send", "scheduled_at")),
    SMS_EVENT("sms_log", "sms_event", "event_at",
            List.of("msg_id", "event_at", "event", "part_no", "smsc_id", "actor", "detail"));

    private final String chain;
    private final String table;
    private final String timeColumn;
    private final List<String> columns;

    ChainTable(String chain, String table, String timeColumn, List<String> columns) {
        this.chain = chain;
        this.table = table;
        this.timeColumn = timeColumn;
        this.columns = columns;
    }

    public String chain() {
        return chain;
    }

    public String table() {
        return table;
    }

    String timeColumn() {
        return timeColumn;
    }

    List<String> columns() {
        return columns;
    }

    /** The tables of one chain ({@code sms_log} spans two). */
    static List<ChainTable> of(String chain) {
        return java.util.Arrays.stream(values()).filter(t -> t.chain.equals(chain)).toList();
    }

    /** The table called {@code table}; refused for any other name (e.g. in a forged archive line). */
    static ChainTable byTable(String table) {
        return java.util.Arrays.stream(values()).filter(t -> t.table.equals(table)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a chained table: " + table));
    }

    /** The chain names, in a fixed order. */
    static List<String> chains() {
        return List.of("sms_log", "data_change_log", "login_log");
    }
}
