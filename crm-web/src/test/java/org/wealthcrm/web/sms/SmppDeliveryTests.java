package org.wealthcrm.web.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.jsmpp.bean.SubmitSm;
import org.jsmpp.util.DeliveryReceiptState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.wealthcrm.web.TestClock;
import org.wealthcrm.web.CrmWebTest;
import org.wealthcrm.web.audit.AuditChainVerifier;
import org.wealthcrm.web.scope.DataScope;
import org.wealthcrm.web.scope.ScopeKind;

/** The sender against a real SMPP peer: jSMPP's server side on 127.0.0.1. */
@CrmWebTest
class SmppDeliveryTests {

    static final DataScope RM1 = new DataScope(ScopeKind.OWN, "RM001", "S010101", "/HO000/R01/B0101/S010101/", false);
    static final DataScope ALL = new DataScope(ScopeKind.ALL, "HQ001", "HO000", "/HO000/", false);

    @Autowired
    SmsMapper mapper;
    @Autowired
    SmsLedger ledger;
    @Autowired
    SmsInbound inbound;
    @Autowired
    SmsSettings defaults;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditChainVerifier verifier;

    TestSmsc smsc;
    SmscClient client;
    TestClock clock = new TestClock(LocalDateTime.of(2026, 11, 20, 10, 0));
    SmsSettings settings;
    SmsComposer composer;

    @BeforeEach
    void start() throws Exception {
        smsc = TestSmsc.start();
        settings = defaults.withSmsc(new SmsSettings.Smsc("127.0.0.1", smsc.port, "crm", "secret", "95588"));
        client = new SmscClient(settings.smsc(), inbound);
        composer = new SmsComposer(mapper, ledger, settings, clock);
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        smsc.close();
        jdbc.update("update customer set marketing_consent = 'Y' where cust_id = 'C005'");
    }

    SmsDispatcher dispatcher(String worker) {
        return new SmsDispatcher(mapper, ledger, settings, clock, transactions, client, worker);
    }

    long send(String kind, String custId, String body, DataScope scope, String sender) {
        ComposeResult result = composer.send(new Composition(kind, null, body, Map.of(), List.of(custId), null, null,
                "SMPP", false), sender, scope);
        assertThat(result.created()).isEqualTo(1);
        return jdbc.queryForObject("select max(msg_id) from sms_message where batch_id = ?", Long.class,
                result.batchId());
    }

    String status(long msgId) {
        return jdbc.queryForObject("select status from sms_outbox where msg_id = ?", String.class, msgId);
    }

    @Test
    void sendWhenSeventyFourChineseCharactersThenTwoUcs2PartsWithUdhAndReceiptsDeliverIt() throws Exception {
        // 【财富银行】 (6) + 74 = 80 characters: UCS-2, 67 + 13
        long msgId = send("SERVICE", "C001", "您".repeat(74), RM1, "rm1");
        assertThat(dispatcher("w1").runOnce()).isEqualTo(1);

        List<SubmitSm> parts = smsc.to("13800001111");
        assertThat(parts).hasSize(2);
        byte ref = (byte) (msgId & 0xFF);
        assertThat(Arrays.copyOf(parts.get(0).getShortMessage(), 6)).containsExactly(5, 0, 3, ref, 2, 1);
        assertThat(Arrays.copyOf(parts.get(1).getShortMessage(), 6)).containsExactly(5, 0, 3, ref, 2, 2);
        assertThat(parts.get(0).getShortMessage()).hasSize(6 + 67 * 2);
        assertThat(parts.get(1).getShortMessage()).hasSize(6 + 13 * 2);
        assertThat(parts.get(0).getEsmClass()).isEqualTo((byte) 0x40);
        assertThat(parts.get(0).getDataCoding()).isEqualTo((byte) 0x08);
        assertThat(status(msgId)).isEqualTo("SUBMITTED");

        List<String> ids = jdbc.queryForList("select smsc_id from sms_event where msg_id = ? and event = 'SUBMITTED'"
                + " order by part_no", String.class, msgId);
        smsc.receipt(ids.get(0), DeliveryReceiptState.DELIVRD);
        assertThat(status(msgId)).isEqualTo("SUBMITTED");
        smsc.receipt(ids.get(1), DeliveryReceiptState.DELIVRD);
        assertThat(status(msgId)).isEqualTo("DELIVERED");
        assertThat(jdbc.queryForList("select event from sms_event where msg_id = ? order by seq", String.class, msgId))
                .containsExactly("QUEUED", "SUBMITTED", "SUBMITTED", "DELIVERED", "DELIVERED");
        assertThat(verifier.verify("sms_log").ok()).isTrue();
    }

    @Test
    void receiptWhenUndeliverableThenMessageFailed() throws Exception {
        long msgId = send("SERVICE", "C002", "到期提醒", RM1, "rm1");
        dispatcher("w1").runOnce();
        String id = jdbc.queryForObject("select smsc_id from sms_event where msg_id = ? and event = 'SUBMITTED'",
                String.class, msgId);
        smsc.receipt(id, DeliveryReceiptState.UNDELIV);
        assertThat(status(msgId)).isEqualTo("FAILED");
    }

    @Test
    void sendWhenSmscDownThenQueuedWithBackoffAndDeliveredOnceWhenBack() throws Exception {
        long msgId = send("SERVICE", "C001", "SMSC down test", RM1, "rm1");
        smsc.down();
        assertThat(dispatcher("w1").runOnce()).isZero();
        assertThat(status(msgId)).isEqualTo("QUEUED");
        assertThat(jdbc.queryForObject("select not_before from sms_outbox where msg_id = ?", LocalDateTime.class,
                msgId)).isEqualTo(LocalDateTime.of(2026, 11, 20, 10, 0, 30));

        smsc.up();
        assertThat(dispatcher("w1").runOnce()).isZero();
        clock.advance(Duration.ofSeconds(30));
        assertThat(dispatcher("w1").runOnce()).isEqualTo(1);
        assertThat(dispatcher("w2-after-restart").runOnce()).isZero();
        assertThat(smsc.to("13800001111")).hasSize(1);
        assertThat(jdbc.queryForList("select event from sms_event where msg_id = ? order by seq", String.class, msgId))
                .containsExactly("QUEUED", "RETRY", "SUBMITTED");
    }

    @Test
    void claimWhenHeldByDeadWorkerThenLeftAloneUntilClaimExpiresThenSentOnce() {
        long msgId = send("SERVICE", "C002", "claim test", RM1, "rm1");
        jdbc.update("update sms_outbox set status = 'CLAIMED', claimed_by = 'dead', claimed_at = ? where msg_id = ?",
                LocalDateTime.of(2026, 11, 20, 9, 59), msgId);
        assertThat(dispatcher("w2").runOnce()).isZero();
        assertThat(smsc.to("13900002222")).isEmpty();
        clock.advance(Duration.ofMinutes(5));
        assertThat(dispatcher("w2").runOnce()).isEqualTo(1);
        assertThat(dispatcher("w3").runOnce()).isZero();
        assertThat(smsc.to("13900002222")).hasSize(1);
    }

    @Test
    void replyWhenCustomerSendsTuidingThenConsentRevokedLoggedAndQueuedMarketingCancelled() throws Exception {
        long msgId = send("MARKETING", "C005", "新品理财", ALL, "hq1");
        dispatcher("w1").runOnce();
        long queued = send("MARKETING", "C005", "第二条", ALL, "hq1");
        smsc.reply("13500005555", "退订");
        assertThat(jdbc.queryForObject("select marketing_consent from customer where cust_id = 'C005'", String.class))
                .isEqualTo("N");
        assertThat(jdbc.queryForMap("select username, old_value, new_value from data_change_log"
                + " where record_key = 'C005' and field_name = 'marketing_consent' order by seq desc limit 1"))
                .containsEntry("username", "sms-reply:13500005555").containsEntry("old_value", "Y")
                .containsEntry("new_value", "N");
        dispatcher("w1").runOnce();
        assertThat(status(msgId)).isEqualTo("SUBMITTED");
        assertThat(status(queued)).isEqualTo("CANCELLED");
        assertThat(smsc.to("13500005555")).hasSize(1);
    }
}
