package org.wealthcrm.web.sms;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wealthcrm.web.audit.DataChangeLog;

/**
 * What comes back from the SMSC: delivery receipts (per part; a message is DELIVERED when all its parts are, FAILED
 * when one fails) and customer replies, of which "T", "TD" and "退订" revoke marketing consent at once (the change
 * goes to the data-change log).
 */
@Service
class SmsInbound {

    static final Set<String> OPT_OUT = Set.of("T", "TD", "退订");
    static final String ACTOR = "smsc";

    private final SmsMapper mapper;
    private final SmsLedger ledger;
    private final DataChangeLog changes;

    SmsInbound(SmsMapper mapper, SmsLedger ledger, DataChangeLog changes) {
        this.mapper = mapper;
        this.ledger = ledger;
        this.changes = changes;
    }

    /** Records a receipt; false when no submitted part has this SMSC id (yet). */
    @Transactional
    public boolean receipt(String smscId, String state) {
        SmsRows.PartRef part = mapper.findPart(smscId);
        if (part == null) {
            return false;
        }
        if ("ENROUTE".equals(state) || "ACCEPTD".equals(state)) {
            return true;
        }
        boolean delivered = "DELIVRD".equals(state);
        ledger.event(part.msgId(), delivered ? "DELIVERED" : "FAILED", part.partNo(), smscId, ACTOR, state);
        if (!delivered) {
            mapper.setStatus(part.msgId(), "SUBMITTED", "FAILED");
        } else if (mapper.countPartEvents(part.msgId(), "DELIVERED") == part.parts()) {
            mapper.setStatus(part.msgId(), "SUBMITTED", "DELIVERED");
        }
        return true;
    }

    /** Handles a customer's reply; always true (a reply that is not an opt-out needs nothing). */
    @Transactional
    public boolean reply(String mobile, String text) {
        if (text == null || !OPT_OUT.contains(text.trim().toUpperCase(Locale.ROOT))) {
            return true;
        }
        List<String> customers = mapper.findConsentingByMobile(mobile);
        for (String custId : customers) {
            if (mapper.revokeConsent(custId) == 1) {
                changes.recordBy("sms-reply:" + mobile, "customer", custId, "marketing_consent", "Y", "N");
            }
        }
        return true;
    }
}
