package org.wealthcrm.web.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.wealthcrm.web.CrmWebTest;

/** The nightly purge of the SMS log: older entries go, the rest verifies from the checkpoint. */
@CrmWebTest
class AuditPurgeScheduleTests {

    /** 2200-01-01; with 6 months' retention the cut-off is 2199-07-01 08:00 (Asia/Shanghai). */
    static final Clock LATER = Clock.fixed(Instant.parse("2200-01-01T00:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditChains chains;
    @Autowired
    AuditChainVerifier verifier;
    @Autowired
    PlatformTransactionManager transactions;

    private ChainLink message(long msgId, LocalDateTime at) {
        return chains.append(ChainTable.SMS_MESSAGE, msgId, at, "rm1", "RM001", "C001", "13800001111", "SERVICE",
                null, "【财富银行】到期提醒", "UCS2", 1, "SMPP", null, "N", null);
    }

    @Test
    void purgeWhenOldAndRecentMessagesThenOnlyRecentOnesRemainAndVerify() {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            message(990_101L, LocalDateTime.of(2199, 1, 1, 9, 0));
            long older = jdbc.queryForObject("select (select count(*) from sms_message)"
                    + " + (select count(*) from sms_event)", Long.class);
            ChainLink recent = message(990_102L, LocalDateTime.of(2199, 12, 1, 9, 0));
            chains.append(ChainTable.SMS_EVENT, 990_102L, LocalDateTime.of(2199, 12, 1, 9, 0), "QUEUED", null, null,
                    "rm1", null);

            int purged = new AuditPurgeSchedule(new AuditRetention(jdbc, LATER, 6), List.of("sms_log")).purge();

            // everything up to the 2199-01-01 message (all older entries) goes; the message and event of 2199-12-01 stay
            assertThat(purged).isEqualTo((int) older);
            assertThat(jdbc.queryForList("select seq from sms_message", Long.class)).containsExactly(recent.seq());
            assertThat(verifier.verify("sms_log")).isEqualTo(ChainReport.ok("sms_log", 2));
            tx.setRollbackOnly();
        });
        assertThat(verifier.verify("sms_log").ok()).isTrue();
    }

    @Test
    void constructWhenUnknownChainConfiguredThenRefused() {
        assertThatThrownBy(() -> new AuditPurgeSchedule(new AuditRetention(jdbc, LATER, 6), List.of("sms_logs")))
                .hasMessage("crm.audit.purge-chains: unknown chains [sms_logs]");
    }
}
