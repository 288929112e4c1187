package org.wealthcrm.web.sms;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wealthcrm.web.scope.DataScope;

/**
 * Turns a composition into messages: recipients within the sender's scope, marketing only to customers who
 * consented and are under the weekly cap, marketing outside the window deferred to the next window, and a marketing
 * batch above the approval threshold held until a manager or compliance approves it.
 */
@Service
class SmsComposer {

    private final SmsMapper mapper;
    private final SmsLedger ledger;
    private final SmsSettings settings;
    private final Clock clock;

    SmsComposer(SmsMapper mapper, SmsLedger ledger, SmsSettings settings, Clock clock) {
        this.mapper = mapper;
        this.ledger = ledger;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional
    public ComposeResult send(Composition composition, String sender, DataScope scope) {
        SmsChannel.usable(composition.channel());
        LocalDateTime now = LocalDateTime.now(clock);
        SmsRows.StaffContact staff = mapper.findStaff(sender);
        if (composition.testSend()) {
            return testSend(composition, sender, staff, now);
        }
        List<ComposeResult.Skipped> skipped = new ArrayList<>();
        List<SmsRows.Recipient> recipients = eligible(composition, sender, scope, now, skipped);
        boolean approval = composition.marketing() && recipients.size() > settings.approvalThreshold();
        String batchStatus = approval ? "AWAITING_APPROVAL" : "NO_APPROVAL";
        long batchId = mapper.nextId();
        mapper.insertBatch(batchId, now, sender, composition.kind(), recipients.size(), batchStatus);
        for (SmsRows.Recipient recipient : recipients) {
            Map<String, String> values = new HashMap<>(composition.values());
            values.put("name", recipient.custName());
            create(composition, sender, staff, recipient.custId(), recipient.mobile(), values, batchId, approval, now);
        }
        return new ComposeResult(batchId, batchStatus, recipients.size(), skipped);
    }

    private ComposeResult testSend(Composition composition, String sender, SmsRows.StaffContact staff,
                                   LocalDateTime now) {
        if (staff == null || staff.mobile() == null) {
            return new ComposeResult(0, "NO_APPROVAL", 0, List.of(new ComposeResult.Skipped(sender, "本人无手机号")));
        }
        long batchId = mapper.nextId();
        mapper.insertBatch(batchId, now, sender, composition.kind(), 1, "NO_APPROVAL");
        Map<String, String> values = new HashMap<>(composition.values());
        values.putIfAbsent("name", "测试");
        create(composition, sender, staff, null, staff.mobile(), values, batchId, false, now);
        return new ComposeResult(batchId, "NO_APPROVAL", 1, List.of());
    }

    private List<SmsRows.Recipient> eligible(Composition composition, String sender, DataScope scope,
                                             LocalDateTime now, List<ComposeResult.Skipped> skipped) {
        Set<String> wanted = new LinkedHashSet<>(composition.custIds());
        if (composition.groupId() != null) {
            wanted.addAll(mapper.findGroupMembers(composition.groupId(), sender));
        }
        if (composition.listId() != null) {
            wanted.addAll(mapper.findListMembers(scope, composition.listId()));
        }
        if (wanted.isEmpty()) {
            return List.of();
        }
        List<SmsRows.Recipient> found = mapper.findRecipients(scope, List.copyOf(wanted));
        Set<String> reachable = new LinkedHashSet<>();
        found.forEach(r -> reachable.add(r.custId()));
        wanted.stream().filter(id -> !reachable.contains(id))
                .forEach(id -> skipped.add(new ComposeResult.Skipped(id, "不在权限范围或无手机号")));
        if (!composition.marketing()) {
            return found;
        }
        LocalDateTime sendAt = sendTime(composition, now);
        LocalDateTime week = sendAt.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .atStartOfDay();
        List<SmsRows.Recipient> allowed = new ArrayList<>();
        for (SmsRows.Recipient r : found) {
            if (!"Y".equals(r.marketingConsent())) {
                skipped.add(new ComposeResult.Skipped(r.custId(), "客户未同意接收营销短信或已退订"));
            } else if (mapper.countMarketing(r.custId(), week, week.plusDays(7)) >= settings.marketingPerWeek()) {
                skipped.add(new ComposeResult.Skipped(r.custId(), "本周营销短信已达上限"));
            } else {
                allowed.add(r);
            }
        }
        return allowed;
    }

    /** The template's own signature; null (the bank's) without a template or when the template has none. */
    private String signatureOf(Long templateId) {
        SmsRows.Template template = templateId == null ? null : mapper.findActiveTemplate(templateId);
        return template == null ? null : template.signature();
    }

    /** When the message may go: the scheduled time (or now), for marketing moved into the send window. */
    private LocalDateTime sendTime(Composition composition, LocalDateTime now) {
        LocalDateTime at = composition.scheduledAt() != null && composition.scheduledAt().isAfter(now)
                ? composition.scheduledAt() : now;
        return composition.marketing() ? SendWindow.of(settings).nextAllowed(at) : at;
    }

    private void create(Composition composition, String sender, SmsRows.StaffContact staff, String custId,
                        String mobile, Map<String, String> values, long batchId, boolean approval,
                        LocalDateTime now) {
        String content = SmsTemplates.render(composition.body(), values, composition.marketing(),
                signatureOf(composition.templateId()), settings);
        Segmentation segmentation = SmsSegmenter.segment(content);
        long msgId = mapper.nextId();
        ledger.message(new SmsLedger.NewMessage(msgId, now, sender, staff == null ? null : staff.staffId(), custId,
                mobile, composition.kind(), composition.templateId(), content, segmentation.encoding().name(),
                segmentation.parts().size(), composition.channel(), batchId, composition.testSend(),
                composition.scheduledAt()));
        LocalDateTime sendAt = composition.testSend() ? now : sendTime(composition, now);
        if (approval) {
            mapper.insertOutbox(msgId, "AWAITING_APPROVAL", composition.kind(), sendAt, batchId);
            ledger.event(msgId, "AWAITING_APPROVAL", null, null, sender, "超过审批阈值 " + settings.approvalThreshold());
            return;
        }
        mapper.insertOutbox(msgId, "QUEUED", composition.kind(), sendAt, batchId);
        queuedEvents(msgId, composition, sendAt, now, sender);
    }

    private void queuedEvents(long msgId, Composition composition, LocalDateTime sendAt, LocalDateTime now,
                              String actor) {
        LocalDateTime requested = composition.scheduledAt() != null && composition.scheduledAt().isAfter(now)
                ? composition.scheduledAt() : now;
        if (sendAt.isAfter(requested)) {
            ledger.event(msgId, "WAITING_WINDOW", null, null, actor, "营销短信免打扰时段，顺延至 " + sendAt);
        } else {
            ledger.event(msgId, "QUEUED", null, null, actor, sendAt.isAfter(now) ? "定时发送 " + sendAt : null);
        }
    }
}
