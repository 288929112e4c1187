package org.wealthcrm.web.recyclebin;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What can go to the recycle bin: the table, its key, the column naming the record's owner (who may restore it
 * besides a leader) and the columns that describe it in the bin. Names here are constants, never request text.
 */
public enum BinKind {
    SERVICE_RECORD("service_record", "record_id", "staff_id", "服务记录", List.of("served_at", "content")),
    TASK("crm_task", "task_id", "creator_id", "任务/预约", List.of("title", "due_at")),
    CONTACT("customer_contact", "contact_id", "created_by", "联系方式", List.of("contact_type", "contact_value")),
    RELATION("customer_relation", "relation_id", "created_by", "关系人",
            List.of("relation_type", "related_name", "related_cust_id"));

    final String table;
    final String keyColumn;
    final String ownerColumn;
    private final String label;
    private final List<String> summaryColumns;

    BinKind(String table, String keyColumn, String ownerColumn, String label, List<String> summaryColumns) {
        this.table = table;
        this.keyColumn = keyColumn;
        this.ownerColumn = ownerColumn;
        this.label = label;
        this.summaryColumns = summaryColumns;
    }

    public String label() {
        return label;
    }

    /** 服务记录：2026-11-20 10:00:00 电话回访 — the label and the describing values, at most 300 characters. */
    String summary(Map<String, String> row) {
        String text = label + "：" + String.join(" ", summaryColumns.stream().map(row::get)
                .filter(Objects::nonNull).map(v -> v.endsWith(".0") ? v.substring(0, v.length() - 2) : v).toList());
        return text.length() > 300 ? text.substring(0, 300) : text;
    }
}
