package org.wealthcrm.web.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.wealthcrm.web.TestClock;
import org.wealthcrm.web.CrmWebTest;

/** Consent, quiet hours, the weekly cap and approval, each on its own dates so the tests do not see each other. */
@CrmWebTest
class SendingRulesTests {

    @Autowired
    SmsMapper mapper;
    @Autowired
    SmsLedger ledger;
    @Autowired
    SmsSettings defaults;
    @Autowired
    JdbcTemplate jdbc;

    ComposeResult marketing(SmsComposer composer, String sender, List<String> custIds) {
        return composer.send(new Composition("MARKETING", null, "新品理财{客户姓名}", Map.of(), custIds, null, null,
                "SMPP", false), sender, SmppDeliveryTests.ALL);
    }

    List<Map<String, Object>> outbox(long batchId) {
        return jdbc.queryForList("select o.status, o.not_before, m.content from sms_outbox o"
                + " join sms_message m on m.msg_id = o.msg_id where o.batch_id = ? order by m.cust_id", batchId);
    }

    @Test
    void sendWhenMarketingToCustomerWithoutConsentThenSkipped() {
        SmsComposer composer = new SmsComposer(mapper, ledger, defaults,
                new TestClock(LocalDateTime.of(2027, 2, 3, 10, 0)));
        ComposeResult result = marketing(composer, "hq1", List.of("C001", "C003"));
        assertThat(result.created()).isEqualTo(1);
        assertThat(result.skipped()).containsExactly(new ComposeResult.Skipped("C003", "客户未同意接收营销短信或已退订"));
        assertThat(outbox(result.batchId())).singleElement()
                .satisfies(row -> assertThat(row.get("content")).isEqualTo("【财富银行】新品理财张三回T退订"));
    }

    @Test
    void sendWhenMarketingAt2130ThenWaitsForEightNextMorningButServiceGoesNow() {
        TestClock clock = new TestClock(LocalDateTime.of(2027, 3, 5, 21, 30));
        SmsComposer composer = new SmsComposer(mapper, ledger, defaults, clock);
        ComposeResult result = marketing(composer, "hq1", List.of("C001"));
        Map<String, Object> row = outbox(result.batchId()).get(0);
        assertThat(row.get("status")).isEqualTo("QUEUED");
        assertThat(row.get("not_before").toString()).isEqualTo("2027-03-06 08:00:00.0");
        assertThat(jdbc.queryForObject("select event from sms_event e join sms_message m on m.msg_id = e.msg_id"
                + " where m.batch_id = ?", String.class, result.batchId())).isEqualTo("WAITING_WINDOW");

        ComposeResult service = composer.send(new Composition("SERVICE", null, "到期提醒", Map.of(), List.of("C003"),
                null, null, "SMPP", false), "hq1", SmppDeliveryTests.ALL);
        assertThat(outbox(service.batchId()).get(0).get("not_before").toString()).isEqualTo("2027-03-05 21:30:00.0");
    }

    @Test
    void sendWhenThirdMarketingInOneWeekThenCapSkipsIt() {
        // Wednesday 2027-04-07: the week runs Monday 04-05 to Sunday 04-11
        SmsComposer composer = new SmsComposer(mapper, ledger, defaults,
                new TestClock(LocalDateTime.of(2027, 4, 7, 10, 0)));
        assertThat(marketing(composer, "hq1", List.of("C004")).created()).isEqualTo(1);
        assertThat(marketing(composer, "hq1", List.of("C004")).created()).isEqualTo(1);
        ComposeResult third = marketing(composer, "hq1", List.of("C004"));
        assertThat(third.created()).isZero();
        assertThat(third.skipped()).containsExactly(new ComposeResult.Skipped("C004", "本周营销短信已达上限"));
        SmsComposer nextWeek = new SmsComposer(mapper, ledger, defaults,
                new TestClock(LocalDateTime.of(2027, 4, 12, 10, 0)));
        assertThat(marketing(nextWeek, "hq1", List.of("C004")).created()).isEqualTo(1);
    }

    @Test
    void sendWhenMarketingBatchAboveThresholdThenHeldUntilManagerApproves() {
        TestClock clock = new TestClock(LocalDateTime.of(2027, 5, 5, 10, 0));
        SmsSettings threshold1 = defaults.withApprovalThreshold(1);
        SmsComposer composer = new SmsComposer(mapper, ledger, threshold1, clock);
        ComposeResult result = marketing(composer, "rm1", List.of("C001", "C002"));
        assertThat(result.batchStatus()).isEqualTo("AWAITING_APPROVAL");
        assertThat(outbox(result.batchId())).extracting(r -> r.get("status"))
                .containsExactly("AWAITING_APPROVAL", "AWAITING_APPROVAL");

        SmsApprovals approvals = new SmsApprovals(mapper, ledger, threshold1, clock);
        assertThat(approvals.decide(result.batchId(), true, "rm1", "自己批")).isFalse();
        assertThat(approvals.decide(result.batchId(), true, "bm1", "同意")).isTrue();
        assertThat(approvals.decide(result.batchId(), false, "cmp1", "再批一次")).isFalse();
        assertThat(outbox(result.batchId())).extracting(r -> r.get("status")).containsExactly("QUEUED", "QUEUED");
        assertThat(jdbc.queryForList("select e.event from sms_event e join sms_message m on m.msg_id = e.msg_id"
                + " where m.batch_id = ? order by e.seq", String.class, result.batchId()))
                .containsExactly("AWAITING_APPROVAL", "AWAITING_APPROVAL", "APPROVED", "APPROVED");
    }

    @Test
    void sendWhenBatchAtThresholdThenNoApprovalNeeded() {
        SmsComposer composer = new SmsComposer(mapper, ledger, defaults.withApprovalThreshold(2),
                new TestClock(LocalDateTime.of(2027, 6, 2, 10, 0)));
        assertThat(marketing(composer, "rm1", List.of("C001", "C002")).batchStatus()).isEqualTo("NO_APPROVAL");
    }
}
