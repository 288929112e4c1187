package org.wealthcrm.batch.load;

import java.util.List;
import java.util.stream.Collectors;

/** The two SQL dialects the loader writes: PostgreSQL (also the embedded default) and Oracle. */
enum SqlDialect {
    POSTGRESQL, ORACLE;

    static SqlDialect of(String databaseProductName) {
        return databaseProductName.toLowerCase().contains("oracle") ? ORACLE : POSTGRESQL;
    }

    /** Insert, or update the non-key columns when a row with the same key exists. */
    String upsert(String table, List<String> columns, List<String> keys) {
        List<String> others = columns.stream().filter(c -> !keys.contains(c)).toList();
        if (this == ORACLE) {
            return "merge into " + table + " t using (select "
                    + columns.stream().map(c -> "? " + c).collect(Collectors.joining(", ")) + " from dual) s on ("
                    + keys.stream().map(k -> "t." + k + " = s." + k).collect(Collectors.joining(" and "))
                    + ") when matched then update set "
                    + others.stream().map(c -> c + " = s." + c).collect(Collectors.joining(", "))
                    + " when not matched then insert (" + String.join(", ", columns) + ") values ("
                    + columns.stream().map(c -> "s." + c).collect(Collectors.joining(", ")) + ")";
        }
        // rows that did not change are left alone: no new row version, no index work (most master data is stable)
        List<String> compared = others.stream().filter(c -> !c.equals("biz_date")).toList();
        return insert(table, columns) + " on conflict (" + String.join(", ", keys) + ") do update set "
                + others.stream().map(c -> c + " = excluded." + c).collect(Collectors.joining(", "))
                + (compared.isEmpty() ? "" : " where (" + compared.stream().map(c -> table + "." + c)
                .collect(Collectors.joining(", ")) + ") is distinct from ("
                + compared.stream().map(c -> "excluded." + c).collect(Collectors.joining(", ")) + ")");
    }

    String insert(String table, List<String> columns) {
        return "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
    }
}
