package org.wealthcrm.web.sms;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox sender. Each due message is claimed in its own transaction ({@code update ... where status = 'QUEUED'}
 * or an expired claim), then its parts are submitted one by one; each part's SMSC id is committed as a SUBMITTED
 * event right after the SMSC accepted it, and parts already recorded are never submitted again. Failures go back to
 * the queue with a doubling back-off, up to {@code maxAttempts}. See the README for the exactly-once argument and its
 * one remaining at-least-once window.
 */
class SmsDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(SmsDispatcher.class);
    private static final int BATCH = 50;

    private final SmsMapper mapper;
    private final SmsLedger ledger;
    private final SmsSettings settings;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final Submitter submitter;
    private final String worker;

    SmsDispatcher(SmsMapper mapper, SmsLedger ledger, SmsSettings settings, Clock clock,
                  PlatformTransactionManager transactions, Submitter submitter, String worker) {
        this.mapper = mapper;
        this.ledger = ledger;
        this.settings = settings;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
        this.submitter = submitter;
        this.worker = worker;
    }

    /** Sends what is due now; the number of messages fully submitted. */
    int runOnce() {
        LocalDateTime now = LocalDateTime.now(clock);
        List<Long> due = mapper.findDue(now, now.minus(settings.claimTimeout()), BATCH);
        int sent = 0;
        for (long msgId : due) {
            Integer claimed = tx.execute(s -> mapper.claim(msgId, worker, now, now.minus(settings.claimTimeout())));
            if (claimed != null && claimed == 1 && send(msgId)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(long msgId) {
        SmsRows.OutMessage message = mapper.findOutMessage(msgId);
        if ("MARKETING".equals(message.kind()) && message.custId() != null && !"Y".equals(message.consent())) {
            finish(msgId, "CANCELLED", "CANCELLED", "客户已退订营销短信");
            return false;
        }
        Segmentation segmentation = SmsSegmenter.segment(message.content());
        List<Integer> done = mapper.findSubmittedParts(msgId);
        try {
            for (int i = 0; i < segmentation.parts().size(); i++) {
                if (!done.contains(i + 1)) {
                    submitPart(message, segmentation, i);
                }
            }
        } catch (Exception e) {
            retry(message, e);
            return false;
        }
        tx.executeWithoutResult(s -> mapper.finishClaim(msgId, worker, "SUBMITTED"));
        return true;
    }

    private void submitPart(SmsRows.OutMessage message, Segmentation segmentation, int index) throws Exception {
        String smscId = submitter.submit(message.mobile(), segmentation, index, (int) (message.msgId() & 0xFF));
        tx.executeWithoutResult(s -> ledger.event(message.msgId(), "SUBMITTED", index + 1, smscId, worker,
                segmentation.encoding() + " " + (index + 1) + "/" + segmentation.parts().size()));
    }

    private void retry(SmsRows.OutMessage message, Exception e) {
        int attempt = message.attempts() + 1;
        LOG.warn("SMS {} attempt {} failed: {}", message.msgId(), attempt, e.toString());
        if (attempt >= settings.maxAttempts()) {
            finish(message.msgId(), "FAILED", "FAILED", "重试 " + attempt + " 次后失败: " + e.getMessage());
            return;
        }
        LocalDateTime next = LocalDateTime.now(clock).plus(backoff(attempt));
        LocalDateTime at = "MARKETING".equals(message.kind()) ? SendWindow.of(settings).nextAllowed(next) : next;
        tx.executeWithoutResult(s -> {
            if (mapper.requeue(message.msgId(), worker, at) == 1) {
                ledger.event(message.msgId(), "RETRY", null, null, worker,
                        "第 " + attempt + " 次失败，" + at + " 重试: " + e.getMessage());
            }
        });
    }

    /** 30 s, 60 s, 120 s, ... (firstRetry doubled per attempt, at most an hour). */
    Duration backoff(int attempt) {
        Duration wait = settings.firstRetry().multipliedBy(1L << Math.min(attempt - 1, 20));
        return wait.compareTo(Duration.ofHours(1)) > 0 ? Duration.ofHours(1) : wait;
    }

    private void finish(long msgId, String status, String event, String detail) {
        tx.executeWithoutResult(s -> {
            if (mapper.finishClaim(msgId, worker, status) == 1) {
                ledger.event(msgId, event, null, null, worker, detail);
            }
        });
    }
}
