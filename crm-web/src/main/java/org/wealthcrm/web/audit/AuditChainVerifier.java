package org.wealthcrm.web.audit;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Proves each chain from the genesis hash to its head: first the archive of purged entries up to the checkpoint
 * ({@link ArchivedChain}), then the live rows from the checkpoint on, and reports the first entry that is missing,
 * out of place or changed. Checks, per entry in seq order: the seq follows the previous one (a gap means deleted
 * entries), prev_hash equals the previous entry's hash, and the hash recomputed from the stored columns equals
 * entry_hash; at the end, the last entry is the head recorded in audit_chain (fewer entries mean the tail was
 * deleted or the table truncated).
 */
@Service
public class AuditChainVerifier {

    private final JdbcTemplate jdbc;
    private final ChainArchive archive;

    public AuditChainVerifier(JdbcTemplate jdbc, ChainArchive archive) {
        this.jdbc = jdbc;
        this.archive = archive;
    }

    public List<ChainReport> verifyAll() {
        return ChainTable.chains().stream().map(this::verify).toList();
    }

    public ChainReport verify(String chain) {
        Head head = jdbc.queryForObject("select last_seq, last_hash, checkpoint_seq, checkpoint_hash"
                + " from audit_chain where chain_name = ?", (rs, row) -> new Head(rs.getLong(1), rs.getString(2),
                rs.getLong(3), rs.getString(4)), chain);
        ArchivedChain.Walk archived = ArchivedChain.walk(archive, chain, head.checkpointSeq(), head.checkpointHash());
        if (archived.broken() != null) {
            return archived.broken();
        }
        long seq = head.checkpointSeq();
        String hash = head.checkpointHash();
        List<ChainEntry> entries = ChainRows.all(jdbc, chain);
        long total = archived.entries() + entries.size();
        for (ChainEntry entry : entries) {
            String problem = entry.problemAfter(seq, hash);
            if (problem != null) {
                return ChainReport.broken(chain, total, Math.min(entry.seq(), seq + 1), problem);
            }
            seq = entry.seq();
            hash = entry.entryHash();
        }
        if (seq != head.lastSeq() || !hash.equals(head.lastHash())) {
            return ChainReport.broken(chain, total, seq + 1, "entries after seq " + seq
                    + " are missing: the chain head records seq " + head.lastSeq() + " (deleted or truncated)");
        }
        return ChainReport.ok(chain, total);
    }

    private record Head(long lastSeq, String lastHash, long checkpointSeq, String checkpointHash) {
    }
}
