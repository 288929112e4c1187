package org.wealthcrm.web.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Archives, then purges, log entries older than the retention ({@code crm.audit.retention-months}, at least 60: the
 * five years bank record-keeping asks for). The cut-off is the start of the business clock's day, that many months
 * back. The entries to purge are checked to continue the chain, written to the {@link ChainArchive} (gzip JSON lines
 * and a manifest), then the chain head's checkpoint moves to the last of them (which is also what lets the database
 * triggers accept the DELETE) and they are deleted; the archive and the remaining rows verify together. Archive
 * files of a purge whose transaction rolls back are removed again.
 */
@Service
public class AuditRetention {

    static final int MINIMUM_MONTHS = 60;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ChainArchive archive;
    private final int months;

    AuditRetention(JdbcTemplate jdbc, Clock clock, ChainArchive archive,
                   @Value("${crm.audit.retention-months:60}") int months) {
        if (months < MINIMUM_MONTHS) {
            throw new IllegalStateException("crm.audit.retention-months is " + months + " but must be at least "
                    + MINIMUM_MONTHS + ": the SMS log and the audit chains are kept five years (bank record-keeping)");
        }
        this.jdbc = jdbc;
        this.clock = clock;
        this.archive = archive;
        this.months = months;
    }

    /** Entries logged before this time are purged: the start of today (business clock) less the retention. */
    LocalDateTime cutoff() {
        return LocalDate.now(clock).minusMonths(months).atStartOfDay();
    }

    /** Archives and purges every chain; the number of entries deleted. */
    public int purgeAll() {
        return ChainTable.chains().stream().mapToInt(this::purge).sum();
    }

    /** Archives and purges one chain's entries older than the retention; the number deleted. */
    @Transactional
    public int purge(String chain) {
        LocalDateTime cutoff = cutoff();
        long lastSeq = jdbc.queryForObject("select last_seq from audit_chain where chain_name = ? for update",
                Long.class, chain);
        long keepFrom = ChainTable.of(chain).stream()
                .map(t -> jdbc.queryForObject("select min(seq) from " + t.table() + " where " + t.timeColumn()
                        + " >= ?", Long.class, cutoff))
                .filter(Objects::nonNull).min(Long::compare).orElse(lastSeq + 1);
        long checkpoint = keepFrom - 1;
        Map<String, Object> current = jdbc.queryForMap(
                "select checkpoint_seq, checkpoint_hash from audit_chain where chain_name = ?", chain);
        long currentSeq = ((Number) current.get("checkpoint_seq")).longValue();
        if (checkpoint <= currentSeq) {
            return 0;
        }
        List<ChainEntry> purged = ChainRows.read(jdbc, chain, currentSeq, checkpoint);
        String previousHash = (String) current.get("checkpoint_hash");
        requireIntact(chain, purged, currentSeq, previousHash);
        archive(chain, purged, previousHash, cutoff);
        String lastHash = purged.get(purged.size() - 1).entryHash();
        jdbc.update("update audit_chain set checkpoint_seq = ?, checkpoint_hash = ? where chain_name = ?",
                checkpoint, lastHash, chain);
        return ChainTable.of(chain).stream()
                .mapToInt(t -> jdbc.update("delete from " + t.table() + " where seq <= ?", checkpoint)).sum();
    }

    /** Refuses to archive a range that does not verify: it would be kept as if it were sound. */
    private static void requireIntact(String chain, List<ChainEntry> entries, long seq, String hash) {
        for (ChainEntry entry : entries) {
            String problem = entry.problemAfter(seq, hash);
            if (problem != null) {
                throw new IllegalStateException(chain + ": entry " + entry.seq() + " does not verify (" + problem
                        + "); nothing archived or purged");
            }
            seq = entry.seq();
            hash = entry.entryHash();
        }
    }

    private void archive(String chain, List<ChainEntry> entries, String previousHash, LocalDateTime cutoff) {
        Map<String, Long> tables = new LinkedHashMap<>();
        ChainTable.of(chain).forEach(t -> tables.put(t.table(),
                entries.stream().filter(e -> e.table().equals(t.table())).count()));
        ChainEntry first = entries.get(0);
        ChainEntry last = entries.get(entries.size() - 1);
        List<Path> written = archive.write(new ArchiveManifest(chain, null, null, first.seq(), last.seq(),
                entries.size(), tables, previousHash, first.entryHash(), last.entryHash(), cutoff.toString(),
                LocalDateTime.now(clock).toString()), entries);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        written.forEach(AuditRetention::deleteQuietly);
                    }
                }
            });
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a left-over file of a rolled-back purge is reported by the verifier
        }
    }
}
