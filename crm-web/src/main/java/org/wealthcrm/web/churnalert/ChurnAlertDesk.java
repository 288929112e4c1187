package org.wealthcrm.web.churnalert;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wealthcrm.web.audit.DataChangeLog;
import org.wealthcrm.web.scope.DataScope;
import org.wealthcrm.web.scope.OutOfScopeException;
import org.wealthcrm.web.scope.ScopeKind;

/**
 * A manager's churn alerts: the list within the data scope, acknowledging (ACKED: being worked on, still open) and
 * closing (CLOSED, with a note). Only users who may change customer data (not compliance, not operations) handle
 * alerts, and only alerts of customers in their scope; each change goes to the audit log.
 */
@Service
class ChurnAlertDesk {

    private final ChurnAlertMapper mapper;
    private final DataChangeLog changes;
    private final Clock clock;

    ChurnAlertDesk(ChurnAlertMapper mapper, DataChangeLog changes, Clock clock) {
        this.mapper = mapper;
        this.changes = changes;
        this.clock = clock;
    }

    List<ChurnAlertRows.Alert> alerts(DataScope scope, boolean all) {
        return mapper.findAlerts(scope, all);
    }

    @Transactional
    void acknowledge(DataScope scope, long alertId) {
        handle(scope, alertId, "ACKED", null);
    }

    @Transactional
    void close(DataScope scope, long alertId, String note) {
        handle(scope, alertId, "CLOSED", note == null || note.isBlank() ? null : note.strip());
    }

    private void handle(DataScope scope, long alertId, String status, String note) {
        if (scope.masked() || scope.kind() == ScopeKind.NONE) {
            throw new OutOfScopeException("无权处理流失预警");
        }
        ChurnAlertRows.Alert alert = mapper.findAlert(scope, alertId);
        if (alert == null) {
            throw new OutOfScopeException("该预警不存在或不在您的范围内");
        }
        if (!alert.open() || status.equals(alert.status())) {
            return;
        }
        if (note != null && note.length() > 500) {
            note = note.substring(0, 500);
        }
        mapper.updateStatus(alertId, status, scope.staffId(), LocalDateTime.now(clock), note);
        changes.record("churn_alert", String.valueOf(alertId), "status", alert.status(), status);
    }
}
