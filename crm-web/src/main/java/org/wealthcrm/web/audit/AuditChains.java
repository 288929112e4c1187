package org.wealthcrm.web.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends entries to the hash chains. An append locks the chain's head row in {@code audit_chain}
 * ({@code select ... for update}), so appends to one chain are serialised until the caller's transaction ends;
 * the entry and the new head commit or roll back together with the caller's own changes.
 */
@Service
public class AuditChains {

    private final JdbcTemplate jdbc;

    AuditChains(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts one entry into {@code table} with {@code values} in the order of {@link ChainTable#columns()}.
     * Runs in the caller's transaction (opens one when there is none).
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public ChainLink append(ChainTable table, Object... values) {
        if (values.length != table.columns().size()) {
            throw new IllegalArgumentException(table + " takes " + table.columns().size() + " values");
        }
        List<Object> stored = Arrays.stream(values).map(Canonical::normalise).toList();
        ChainHead head = jdbc.queryForObject(
                "select last_seq, last_hash from audit_chain where chain_name = ? for update",
                (rs, row) -> new ChainHead(rs.getLong(1), rs.getString(2)), table.chain());
        long seq = head.lastSeq() + 1;
        String hash = Canonical.hash(head.lastHash(), Canonical.serialise(table.table(), seq, stored));
        jdbc.update(insertSql(table), arguments(seq, stored, head.lastHash(), hash));
        jdbc.update("update audit_chain set last_seq = ?, last_hash = ? where chain_name = ?",
                seq, hash, table.chain());
        return new ChainLink(seq, head.lastHash(), hash);
    }

    private static String insertSql(ChainTable table) {
        String marks = String.join(", ", Collections.nCopies(table.columns().size() + 3, "?"));
        return "insert into " + table.table() + " (seq, " + String.join(", ", table.columns())
                + ", prev_hash, entry_hash) values (" + marks + ")";
    }

    private static Object[] arguments(long seq, List<Object> values, String prevHash, String hash) {
        List<Object> all = new ArrayList<>();
        all.add(seq);
        all.addAll(values);
        all.add(prevHash);
        all.add(hash);
        return all.toArray();
    }

    record ChainHead(long lastSeq, String lastHash) {
    }
}
