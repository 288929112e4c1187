package org.wealthcrm.web.targetlist;

import java.time.Clock;
import java.time.LocalDateTime;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wealthcrm.web.scope.DataScope;
import org.wealthcrm.web.scope.OutOfScopeException;
import org.wealthcrm.web.service.ServiceRecord;
import org.wealthcrm.web.service.ServiceRecords;

/**
 * Records the outcome of contacting a list member: a workbench service record (call, written through
 * {@link ServiceRecords}, which checks the scope and logs the data change) linked to the list by a
 * {@code target_list_contact} row.
 */
@Service
class ListContacts {

    private final TargetListMapper mapper;
    private final ServiceRecords services;
    private final Clock clock;

    ListContacts(TargetListMapper mapper, ServiceRecords services, Clock clock) {
        this.mapper = mapper;
        this.services = services;
        this.clock = clock;
    }

    @Transactional
    long record(DataScope scope, TargetListRows.TargetList list, String custId, ContactOutcome outcome, String note) {
        if (!list.published() || !mapper.findMemberIds(list.listId()).contains(custId)) {
            throw new OutOfScopeException("该客户不在名单中");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        String content = "目标名单「" + list.listName() + "」：" + outcome.label()
                + (note == null || note.isBlank() ? "" : "。" + note.strip());
        long recordId = services.record(scope, new ServiceRecord(custId, scope.staffId(), "CALL", now, content,
                outcome.serviceOutcome(), null));
        mapper.insertContact(list.listId(), custId, scope.staffId(), outcome.name(), recordId, now);
        return recordId;
    }
}
