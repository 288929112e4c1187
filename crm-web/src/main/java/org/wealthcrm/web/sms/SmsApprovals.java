package org.wealthcrm.web.sms;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Approves or rejects a marketing batch held for approval; the sender may not decide on his own batch. */
@Service
class SmsApprovals {

    static final Set<String> APPROVER_ROLES = Set.of("ROLE_TEAM_LEAD", "ROLE_BRANCH_MANAGER",
            "ROLE_REGIONAL_MANAGER", "ROLE_HEAD_OFFICE", "ROLE_COMPLIANCE");

    private final SmsMapper mapper;
    private final SmsLedger ledger;
    private final SmsSettings settings;
    private final Clock clock;

    SmsApprovals(SmsMapper mapper, SmsLedger ledger, SmsSettings settings, Clock clock) {
        this.mapper = mapper;
        this.ledger = ledger;
        this.settings = settings;
        this.clock = clock;
    }

    static boolean mayApprove(Collection<String> authorities) {
        return authorities.stream().anyMatch(APPROVER_ROLES::contains);
    }

    /** Decides; false when the batch is not awaiting approval or the approver is its sender. */
    @Transactional
    public boolean decide(long batchId, boolean approve, String approver, String comment) {
        SmsRows.Batch batch = mapper.findBatch(batchId);
        LocalDateTime now = LocalDateTime.now(clock);
        if (batch == null || batch.sender().equals(approver)
                || mapper.decideBatch(batchId, approve ? "APPROVED" : "REJECTED", approver, now) != 1) {
            return false;
        }
        SendWindow window = SendWindow.of(settings);
        for (SmsRows.Pending pending : mapper.findAwaiting(batchId)) {
            if (!approve) {
                mapper.setStatus(pending.msgId(), "AWAITING_APPROVAL", "REJECTED");
                ledger.event(pending.msgId(), "REJECTED", null, null, approver, comment);
                continue;
            }
            LocalDateTime at = pending.scheduledAt() != null && pending.scheduledAt().isAfter(now)
                    ? pending.scheduledAt() : now;
            LocalDateTime sendAt = "MARKETING".equals(pending.kind()) ? window.nextAllowed(at) : at;
            mapper.setStatus(pending.msgId(), "AWAITING_APPROVAL", "QUEUED");
            mapper.requeueApproved(pending.msgId(), sendAt);
            ledger.event(pending.msgId(), "APPROVED", null, null, approver, comment);
            if (sendAt.isAfter(at)) {
                ledger.event(pending.msgId(), "WAITING_WINDOW", null, null, approver, "顺延至 " + sendAt);
            }
        }
        return true;
    }
}
