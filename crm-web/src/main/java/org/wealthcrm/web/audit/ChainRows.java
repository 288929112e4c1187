package org.wealthcrm.web.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/** Reads a chain's live entries (across its tables) in seq order. */
final class ChainRows {

    private ChainRows() {
    }

    /** The entries of {@code chain} with {@code after < seq <= upTo}. */
    static List<ChainEntry> read(JdbcTemplate jdbc, String chain, long after, long upTo) {
        List<ChainEntry> all = new ArrayList<>();
        for (ChainTable table : ChainTable.of(chain)) {
            String sql = "select seq, prev_hash, entry_hash, " + String.join(", ", table.columns())
                    + " from " + table.table() + " where seq > ? and seq <= ? order by seq";
            all.addAll(jdbc.query(sql, (rs, row) -> {
                List<Object> raw = new ArrayList<>();
                for (int i = 0; i < table.columns().size(); i++) {
                    raw.add(rs.getObject(4 + i));
                }
                return new ChainEntry(table.table(), rs.getLong(1), rs.getString(2), rs.getString(3),
                        ChainEntry.values(table.columns(), raw));
            }, after, upTo));
        }
        all.sort(Comparator.comparingLong(ChainEntry::seq));
        return all;
    }

    /** Every live entry of {@code chain}. */
    static List<ChainEntry> all(JdbcTemplate jdbc, String chain) {
        return read(jdbc, chain, Long.MIN_VALUE, Long.MAX_VALUE);
    }
}
