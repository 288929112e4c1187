package org.wealthcrm.web.audit;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Purges log entries older than the retention ({@code crm.audit.retention-months}, at least 6). The chain head's
 * checkpoint moves to the last purged entry first (seq and hash), which is also what lets the database triggers
 * accept the DELETE; the remaining entries then verify from that checkpoint.
 */
@Service
public class AuditRetention {

    static final int MINIMUM_MONTHS = 6;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final int months;

    AuditRetention(JdbcTemplate jdbc, Clock clock, @Value("${crm.audit.retention-months:6}") int months) {
        if (months < MINIMUM_MONTHS) {
            throw new IllegalStateException("crm.audit.retention-months must be at least " + MINIMUM_MONTHS);
        }
        this.jdbc = jdbc;
        this.clock = clock;
        this.months = months;
    }

    /** Purges every chain; the number of entries deleted. */
    public int purgeAll() {
        return ChainTable.chains().stream().mapToInt(this::purge).sum();
    }

    /** Purges one chain's entries older than the retention; the number deleted. */
    @Transactional
    public int purge(String chain) {
        LocalDateTime cutoff = LocalDateTime.now(clock).minusMonths(months);
        long lastSeq = jdbc.queryForObject("select last_seq from audit_chain where chain_name = ? for update",
                Long.class, chain);
        long keepFrom = ChainTable.of(chain).stream()
                .map(t -> jdbc.queryForObject("select min(seq) from " + t.table() + " where " + t.timeColumn()
                        + " >= ?", Long.class, cutoff))
                .filter(Objects::nonNull).min(Long::compare).orElse(lastSeq + 1);
        long checkpoint = keepFrom - 1;
        long current = jdbc.queryForObject("select checkpoint_seq from audit_chain where chain_name = ?",
                Long.class, chain);
        if (checkpoint <= current) {
            return 0;
        }
        jdbc.update("update audit_chain set checkpoint_seq = ?, checkpoint_hash = ? where chain_name = ?",
                checkpoint, hashOf(chain, checkpoint), chain);
        return ChainTable.of(chain).stream()
                .mapToInt(t -> jdbc.update("delete from " + t.table() + " where seq <= ?", checkpoint)).sum();
    }

    private String hashOf(String chain, long seq) {
        return ChainTable.of(chain).stream()
                .map(t -> jdbc.queryForList("select entry_hash from " + t.table() + " where seq = ?",
                        String.class, seq))
                .flatMap(List::stream).findFirst()
                .orElseThrow(() -> new IllegalStateException(chain + ": entry " + seq + " is missing"));
    }
}
