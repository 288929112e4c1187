package org.wealthcrm.web.sms;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wealthcrm.web.scope.DataScope;
import org.wealthcrm.web.scope.Masking;
import org.wealthcrm.web.scope.OutOfScopeException;

/**
 * The SMS log as the viewer may see it: messages whose sender lies in the viewer's scope (own, team, org subtree;
 * compliance and head office all), the recipient's mobile masked for compliance and for recipients outside the
 * viewer's customer scope; compliance flags a message with a comment (an entry of its timeline).
 */
@Service
class SmsLog {

    private final SmsMapper mapper;
    private final SmsLedger ledger;

    SmsLog(SmsMapper mapper, SmsLedger ledger) {
        this.mapper = mapper;
        this.ledger = ledger;
    }

    List<SmsRows.LogRow> find(DataScope scope, LogFilter filter) {
        return mapper.findLog(scope, filter).stream().map(row -> mask(scope, row)).toList();
    }

    SmsRows.LogRow one(DataScope scope, long msgId) {
        SmsRows.LogRow row = mapper.findLogRow(scope, msgId);
        if (row == null) {
            throw new OutOfScopeException("无权查看该短信");
        }
        return mask(scope, row);
    }

    List<SmsRows.Event> timeline(DataScope scope, long msgId) {
        one(scope, msgId);
        return mapper.findEvents(msgId);
    }

    @Transactional
    public void flag(DataScope scope, long msgId, String officer, String comment) {
        one(scope, msgId);
        ledger.event(msgId, "FLAGGED", null, null, officer, comment);
    }

    private static SmsRows.LogRow mask(DataScope scope, SmsRows.LogRow row) {
        return scope.masked() || !row.inScope() ? row.masked(Masking.mobile(row.mobile())) : row;
    }
}
