package org.wealthcrm.web.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.wealthcrm.web.CrmWebTest;

/**
 * The data-change chain against the real PostgreSQL: the triggers refuse edits, and edits made behind the triggers'
 * back (as a DBA could, with the trigger disabled inside a rolled-back transaction) are caught by the verifier.
 */
@CrmWebTest
class AuditChainTests {

    static final Clock JAN = Clock.fixed(Instant.parse("2026-01-05T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path archiveDir;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditChains chains;
    @Autowired
    AuditChainVerifier verifier;
    @Autowired
    PlatformTransactionManager transactions;

    DataChangeLog log;
    long first;

    @BeforeEach
    void appendThreeEntries() {
        log = new DataChangeLog(chains, JAN);
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            log.recordBy("rm1", "customer", "C001", "mobile", "13800001111", "13800009999");
            log.recordBy("rm1", "customer", "C001", "risk_level", "R4", null);
            log.recordBy("rm1", "customer", "C002", "city", "上海", "杭州");
        });
        first = jdbc.queryForObject("select max(seq) from data_change_log", Long.class) - 2;
    }

    @Test
    void recordWhenCommittedThenEntryStoredWithHashOverPrevAndCanonicalForm() {
        var row = jdbc.queryForMap("select * from data_change_log where seq = ?", first + 1);
        String prev = jdbc.queryForObject("select entry_hash from data_change_log where seq = ?", String.class, first);
        String canonical = "S15:data_change_log;S" + String.valueOf(first + 1).length() + ":" + (first + 1) + ";"
                + "S23:2026-01-05T10:00:00.000;S3:rm1;S8:customer;S4:C001;S10:risk_level;S2:R4;N;";
        assertThat(row.get("prev_hash")).isEqualTo(prev);
        assertThat(row.get("entry_hash")).isEqualTo(Canonical.hash(prev, canonical));
        assertThat(verifier.verify("data_change_log").ok()).isTrue();
    }

    @Test
    void updateDeleteTruncateWhenTriggersOnThenDatabaseRefuses() {
        assertThatThrownBy(() -> jdbc.update("update data_change_log set new_value = 'x' where seq = ?", first))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from data_change_log where seq = ?", first))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate data_change_log"))
                .hasMessageContaining("TRUNCATE refused");
        assertThatThrownBy(() -> jdbc.update("update audit_chain set last_seq = 0 where chain_name = 'login_log'"
                + " and last_seq > 0 or chain_name = 'sms_log' and last_seq > 0 or chain_name = 'data_change_log'"))
                .hasMessageContaining("heads only move forward");
    }

    @Test
    void verifyWhenEntryEditedBehindTriggerThenReportsThatSeqAsChanged() {
        ChainReport report = tampered(db -> db.update(
                "update data_change_log set new_value = '13800000000' where seq = ?", first));
        assertThat(report.ok()).isFalse();
        assertThat(report.brokenSeq()).isEqualTo(first);
        assertThat(report.reason()).contains("content changed");
    }

    @Test
    void verifyWhenEntryEditedAndRehashedThenNextEntryReportedAsUnlinked() {
        ChainReport report = tampered(db -> {
            String prev = db.queryForObject("select prev_hash from data_change_log where seq = ?", String.class, first);
            db.update("update data_change_log set new_value = '1', entry_hash = ? where seq = ?",
                    Canonical.hash(prev, "forged"), first);
        });
        assertThat(report.brokenSeq()).isEqualTo(first);
        assertThat(report.reason()).contains("content changed");
    }

    @Test
    void verifyWhenMiddleEntryDeletedBehindTriggerThenReportsMissingSeq() {
        ChainReport report = tampered(db -> db.update("delete from data_change_log where seq = ?", first + 1));
        assertThat(report.brokenSeq()).isEqualTo(first + 1);
        assertThat(report.reason()).contains("entry missing (deleted)");
    }

    @Test
    void verifyWhenLastEntryDeletedBehindTriggerThenReportsTruncatedTail() {
        ChainReport report = tampered(db -> db.update("delete from data_change_log where seq = ?", first + 2));
        assertThat(report.brokenSeq()).isEqualTo(first + 2);
        assertThat(report.reason()).contains("missing").contains("head records seq " + (first + 2));
    }

    @Test
    void verifyWhenTableTruncatedBehindTriggerThenReportsFirstSeqMissing() {
        ChainReport report = tampered(db -> {
            db.execute("alter table data_change_log disable trigger data_change_log_truncate_guard");
            db.execute("truncate data_change_log");
        });
        assertThat(report.entries()).isZero();
        assertThat(report.brokenSeq()).isEqualTo(1L);
    }

    @Test
    void purgeWhenEverythingOlderThanRetentionThenCheckpointKeepsChainVerifiable() {
        Clock later = Clock.fixed(Instant.parse("2200-01-01T00:00:00Z"), ZoneId.of("Asia/Shanghai"));
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            long before = jdbc.queryForObject("select count(*) from data_change_log", Long.class);
            String lastHash = jdbc.queryForObject("select entry_hash from data_change_log where seq = ?",
                    String.class, first + 2);
            assertThat(new AuditRetention(jdbc, later, new ChainArchive(archiveDir), 60).purge("data_change_log"))
                    .isEqualTo((int) before);
            new DataChangeLog(chains, later).recordBy("cmp1", "customer", "C003", "city", "上海", "北京");
            assertThat(jdbc.queryForObject("select prev_hash from data_change_log", String.class)).isEqualTo(lastHash);
            assertThat(new AuditChainVerifier(jdbc, new ChainArchive(archiveDir)).verify("data_change_log"))
                    .isEqualTo(ChainReport.ok("data_change_log", before + 1));
            assertThatThrownBy(() -> jdbc.update("delete from data_change_log")).hasMessageContaining("append-only");
            tx.setRollbackOnly();
        });
        assertThat(verifier.verify("data_change_log").ok()).isTrue();
    }

    @Test
    void verifyWhenSmsContentEditedBehindTriggerThenSmsChainBrokenAtThatMessage() {
        ChainReport report = new TransactionTemplate(transactions).execute(tx -> {
            ChainLink link = chains.append(ChainTable.SMS_MESSAGE, 999_999L, java.time.LocalDateTime.of(2026, 1, 5,
                    10, 0), "rm1", "RM001", "C001", "13800001111", "SERVICE", null, "【财富银行】到期提醒", "UCS2", 1,
                    "SMPP", null, "N", null);
            jdbc.execute("alter table sms_message disable trigger sms_message_guard");
            jdbc.update("update sms_message set content = '【财富银行】改过的内容' where seq = ?", link.seq());
            ChainReport broken = verifier.verify("sms_log");
            assertThat(broken.brokenSeq()).isEqualTo(link.seq());
            tx.setRollbackOnly();
            return broken;
        });
        assertThat(report.reason()).contains("content changed");
    }

    @Test
    void verifyWhenLoginLogTruncatedBehindTriggerThenReported() {
        ChainReport report = new TransactionTemplate(transactions).execute(tx -> {
            chains.append(ChainTable.LOGIN_LOG, java.time.LocalDateTime.of(2026, 1, 5, 9, 0), "rm1", "10.0.0.8",
                    "SUCCESS");
            jdbc.execute("alter table login_log disable trigger login_log_truncate_guard");
            jdbc.execute("truncate login_log");
            ChainReport broken = verifier.verify("login_log");
            tx.setRollbackOnly();
            return broken;
        });
        assertThat(report.ok()).isFalse();
        assertThat(report.brokenSeq()).isEqualTo(1L);
        assertThat(report.reason()).contains("deleted or truncated");
    }

    @Test
    void commandLineWhenChainsIntactThenExitStatusZero() {
        assertThat(VerifyChains.run(jdbc.getDataSource(), archiveDir)).isZero();
    }

    @Test
    void constructWhenRetentionBelowSixtyMonthsThenRefused() {
        assertThatThrownBy(() -> new AuditRetention(jdbc, JAN, new ChainArchive(archiveDir), 59))
                .hasMessageContaining("must be at least 60");
    }

    /** Runs {@code tamper} with the row trigger disabled, verifies, and rolls everything back. */
    private ChainReport tampered(Consumer<JdbcTemplate> tamper) {
        return new TransactionTemplate(transactions).execute(tx -> {
            jdbc.execute("alter table data_change_log disable trigger data_change_log_guard");
            tamper.accept(jdbc);
            ChainReport report = verifier.verify("data_change_log");
            tx.setRollbackOnly();
            return report;
        });
    }
}
