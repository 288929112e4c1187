package org.wealthcrm.web.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Walks each chain from its checkpoint (the hash of the last purged entry, or the genesis hash) to its head and
 * reports the first entry that is missing, out of place or changed. Checks, per entry in seq order: the seq follows
 * the previous one (a gap means deleted entries), prev_hash equals the previous entry's hash, and the hash recomputed
 * from the stored columns equals entry_hash; at the end, the last entry is the head recorded in audit_chain (fewer
 * entries mean the tail was deleted or the table truncated).
 */
@Service
public class AuditChainVerifier {

    private final JdbcTemplate jdbc;

    public AuditChainVerifier(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<ChainReport> verifyAll() {
        return ChainTable.chains().stream().map(this::verify).toList();
    }

    public ChainReport verify(String chain) {
        Head head = jdbc.queryForObject("select last_seq, last_hash, checkpoint_seq, checkpoint_hash"
                + " from audit_chain where chain_name = ?", (rs, row) -> new Head(rs.getLong(1), rs.getString(2),
                rs.getLong(3), rs.getString(4)), chain);
        long seq = head.checkpointSeq();
        String hash = head.checkpointHash();
        List<Entry> entries = entries(chain);
        for (Entry entry : entries) {
            String problem = problem(entry, seq, hash);
            if (problem != null) {
                return ChainReport.broken(chain, entries.size(), Math.min(entry.seq(), seq + 1), problem);
            }
            seq = entry.seq();
            hash = entry.entryHash();
        }
        if (seq != head.lastSeq() || !hash.equals(head.lastHash())) {
            return ChainReport.broken(chain, entries.size(), seq + 1, "entries after seq " + seq
                    + " are missing: the chain head records seq " + head.lastSeq() + " (deleted or truncated)");
        }
        return ChainReport.ok(chain, entries.size());
    }

    private static String problem(Entry entry, long previousSeq, String previousHash) {
        if (entry.seq() != previousSeq + 1) {
            return entry.seq() > previousSeq + 1
                    ? "entry missing (deleted): seq " + entry.seq() + " follows seq " + previousSeq
                    : "entry out of order: seq " + entry.seq() + " follows seq " + previousSeq;
        }
        if (!previousHash.equals(entry.prevHash())) {
            return "prev_hash does not match the hash of the previous entry";
        }
        if (!Canonical.hash(entry.prevHash(), entry.canonical()).equals(entry.entryHash())) {
            return "content changed: the stored columns do not hash to entry_hash";
        }
        return null;
    }

    private List<Entry> entries(String chain) {
        List<Entry> all = new ArrayList<>();
        for (ChainTable table : ChainTable.of(chain)) {
            String sql = "select seq, prev_hash, entry_hash, " + String.join(", ", table.columns())
                    + " from " + table.table() + " order by seq";
            all.addAll(jdbc.query(sql, (rs, row) -> entry(table, rs)));
        }
        all.sort(Comparator.comparingLong(Entry::seq));
        return all;
    }

    private static Entry entry(ChainTable table, ResultSet rs) throws SQLException {
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < table.columns().size(); i++) {
            values.add(rs.getObject(4 + i));
        }
        long seq = rs.getLong(1);
        return new Entry(seq, rs.getString(2), rs.getString(3), Canonical.serialise(table.table(), seq, values));
    }

    private record Head(long lastSeq, String lastHash, long checkpointSeq, String checkpointHash) {
    }

    private record Entry(long seq, String prevHash, String entryHash, String canonical) {
    }
}
