package org.wealthcrm.web.recyclebin;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSetMetaData;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A row as JSON text (column name to the value's text) and back. Table and column names come from {@link BinKind}
 * and from the table's own metadata; a snapshot column the table does not have is refused, so nothing from a
 * snapshot reaches the SQL text that the table did not define.
 */
@Component
class Snapshots {

    private static final TypeReference<LinkedHashMap<String, String>> ROW = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    Snapshots(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The row with {@code key}, values as text (null stays null); empty when there is none. */
    Map<String, String> read(BinKind kind, long key) {
        List<Map<String, Object>> rows = jdbc.queryForList("select * from " + kind.table + " where "
                + kind.keyColumn + " = ?", key);
        Map<String, String> row = new LinkedHashMap<>();
        if (!rows.isEmpty()) {
            rows.get(0).forEach((column, value) -> row.put(column.toLowerCase(Locale.ROOT),
                    value == null ? null : String.valueOf(value)));
        }
        return row;
    }

    String toJson(Map<String, String> row) {
        return json.writeValueAsString(row);
    }

    Map<String, String> fromJson(String text) {
        return json.readValue(text, ROW);
    }

    /** Inserts the row again with its original key. */
    void insert(BinKind kind, Map<String, String> row) {
        Map<String, Integer> types = columnTypes(kind);
        List<String> columns = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        row.forEach((column, text) -> {
            Integer type = types.get(column);
            if (type == null) {
                throw new IllegalStateException(kind.table + " has no column " + column);
            }
            columns.add(column);
            values.add(text == null ? null : typed(type, text));
        });
        jdbc.update("insert into " + kind.table + " (" + String.join(", ", columns) + ") values ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")", values.toArray());
    }

    int delete(BinKind kind, long key) {
        return jdbc.update("delete from " + kind.table + " where " + kind.keyColumn + " = ?", key);
    }

    private Map<String, Integer> columnTypes(BinKind kind) {
        return jdbc.query("select * from " + kind.table + " where 1 = 0", rs -> {
            ResultSetMetaData meta = rs.getMetaData();
            Map<String, Integer> types = new HashMap<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                types.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), meta.getColumnType(i));
            }
            return types;
        });
    }

    private static Object typed(int type, String text) {
        return switch (type) {
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> Timestamp.valueOf(text);
            case Types.DATE -> Date.valueOf(text.length() > 10 ? text.substring(0, 10) : text);
            case Types.BIGINT -> Long.valueOf(text);
            case Types.INTEGER, Types.SMALLINT -> Integer.valueOf(text);
            case Types.NUMERIC, Types.DECIMAL -> new BigDecimal(text);
            case Types.BOOLEAN, Types.BIT -> Boolean.valueOf(text);
            default -> text;
        };
    }
}
