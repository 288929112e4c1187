package org.wealthcrm.web.sms;

import java.time.Clock;
import java.time.LocalDateTime;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wealthcrm.web.audit.AuditChains;
import org.wealthcrm.web.audit.ChainTable;

/** Writes the immutable, hash-chained SMS log: the message itself and each entry of its status timeline. */
@Service
class SmsLedger {

    private final AuditChains chains;
    private final Clock clock;

    SmsLedger(AuditChains chains, Clock clock) {
        this.chains = chains;
        this.clock = clock;
    }

    /** The message as composed (what is sent, to whom, by whom). */
    record NewMessage(long msgId, LocalDateTime createdAt, String sender, String senderStaff, String custId,
                      String mobile, String kind, Long templateId, String content, String encoding, int parts,
                      String channel, Long batchId, boolean testSend, LocalDateTime scheduledAt) {
    }

    @Transactional
    public void message(NewMessage m) {
        chains.append(ChainTable.SMS_MESSAGE, m.msgId(), m.createdAt(), m.sender(), m.senderStaff(), m.custId(),
                m.mobile(), m.kind(), m.templateId(), m.content(), m.encoding(), m.parts(), m.channel(),
                m.batchId(), m.testSend() ? "Y" : "N", m.scheduledAt());
    }

    @Transactional
    public void event(long msgId, String event, Integer partNo, String smscId, String actor, String detail) {
        chains.append(ChainTable.SMS_EVENT, msgId, LocalDateTime.now(clock), event, partNo, smscId, actor,
                detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000));
    }
}
