package org.wealthcrm.web.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.wealthcrm.web.CrmWebTest;

/** The nightly purge of the SMS log: a retention of at least 60 months, cut at the business clock's day. */
@CrmWebTest
class AuditPurgeScheduleTests {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** 2200-01-01 08:00 in Shanghai; with 60 months the cut-off is 2195-01-01 00:00. */
    static final Clock LATER = Clock.fixed(Instant.parse("2200-01-01T00:00:00Z"), SHANGHAI);

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditChains chains;
    @Autowired
    PlatformTransactionManager transactions;
    @TempDir
    Path archiveDir;

    private ChainLink message(long msgId, LocalDateTime at) {
        return chains.append(ChainTable.SMS_MESSAGE, msgId, at, "rm1", "RM001", "C001", "13800001111", "SERVICE",
                null, "【财富银行】到期提醒", "UCS2", 1, "SMPP", null, "N", null);
    }

    private AuditRetention retention(Clock clock, int months) {
        return new AuditRetention(jdbc, clock, new ChainArchive(archiveDir), months);
    }

    @Test
    void constructWhenRetentionBelowSixtyMonthsThenRefusedWithReason() {
        assertThatThrownBy(() -> retention(LATER, 59)).isInstanceOf(IllegalStateException.class)
                .hasMessage("crm.audit.retention-months is 59 but must be at least 60: the SMS log and the audit"
                        + " chains are kept five years (bank record-keeping)");
        assertThatThrownBy(() -> retention(LATER, 6)).hasMessageStartingWith("crm.audit.retention-months is 6 ");
    }

    @Test
    void cutoffWhenSixtyMonthsThenStartOfTheBusinessDayFiveYearsBack() {
        assertThat(retention(LATER, 60).cutoff()).isEqualTo(LocalDateTime.of(2195, 1, 1, 0, 0));
        assertThat(retention(LATER, 72).cutoff()).isEqualTo(LocalDateTime.of(2194, 1, 1, 0, 0));
        // 2199-12-31 15:59 UTC is still 23:59 on 2199-12-31 in Shanghai: the day before counts
        Clock lateEvening = Clock.fixed(Instant.parse("2199-12-31T15:59:00Z"), SHANGHAI);
        assertThat(retention(lateEvening, 60).cutoff()).isEqualTo(LocalDateTime.of(2194, 12, 31, 0, 0));
    }

    @Test
    void purgeWhenEntriesEitherSideOfCutoffThenOlderArchivedAndDeletedRestVerifies() {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            AuditRetention retention = retention(LATER, 60);
            retention.purge("sms_log"); // whatever older entries other tests left: archived first
            ChainLink old = message(990_101L, LocalDateTime.of(2194, 12, 31, 23, 59, 59, 999_000_000));
            ChainLink oldEvent = chains.append(ChainTable.SMS_EVENT, 990_101L,
                    LocalDateTime.of(2194, 12, 31, 23, 59, 59, 999_000_000), "QUEUED", null, null, "rm1", null);
            ChainLink recent = message(990_102L, LocalDateTime.of(2195, 1, 1, 0, 0));
            chains.append(ChainTable.SMS_EVENT, 990_102L, LocalDateTime.of(2195, 1, 1, 0, 0), "QUEUED", null, null,
                    "rm1", null);

            int purged = new AuditPurgeSchedule(retention, List.of("sms_log")).purge();

            assertThat(purged).isEqualTo(2);
            assertThat(jdbc.queryForList("select seq from sms_message", Long.class)).containsExactly(recent.seq());
            assertThat(jdbc.queryForMap("select checkpoint_seq, checkpoint_hash from audit_chain"
                    + " where chain_name = 'sms_log'")).containsEntry("checkpoint_seq", oldEvent.seq())
                    .containsEntry("checkpoint_hash", oldEvent.entryHash());
            List<ArchiveManifest> manifests = new ChainArchive(archiveDir).manifests("sms_log");
            ArchiveManifest manifest = manifests.get(manifests.size() - 1);
            assertThat(manifest.fromSeq()).isEqualTo(old.seq());
            assertThat(manifest.entries()).isEqualTo(2);
            long head = jdbc.queryForObject("select last_seq from audit_chain where chain_name = 'sms_log'",
                    Long.class);
            assertThat(new AuditChainVerifier(jdbc, new ChainArchive(archiveDir)).verify("sms_log"))
                    .isEqualTo(ChainReport.ok("sms_log", head));
            tx.setRollbackOnly();
        });
    }

    @Test
    void constructWhenUnknownChainConfiguredThenRefused() {
        assertThatThrownBy(() -> new AuditPurgeSchedule(retention(LATER, 60), List.of("sms_logs")))
                .hasMessage("crm.audit.purge-chains: unknown chains [sms_logs]");
    }
}
