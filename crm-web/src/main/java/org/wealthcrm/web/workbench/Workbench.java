package org.wealthcrm.web.workbench;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.wealthcrm.web.scope.DataScope;

/** The counts on the workbench home and the lists behind them, within the viewer's scope. */
@Service
class Workbench {

    static final int LIST_LIMIT = 200;

    private final WorkbenchMapper mapper;

    Workbench(WorkbenchMapper mapper) {
        this.mapper = mapper;
    }

    /** Every list's count, in display order. */
    Map<WorkItemKind, Integer> counts(DataScope scope, LocalDate today, LocalDate businessDate) {
        WorkbenchDay day = new WorkbenchDay(today, businessDate);
        Map<WorkItemKind, Integer> counts = new LinkedHashMap<>();
        for (WorkItemKind kind : WorkItemKind.values()) {
            counts.put(kind, mapper.count(scope, kind, day));
        }
        return counts;
    }

    /** The first 200 items of one list. */
    List<WorkItem> list(DataScope scope, WorkItemKind kind, LocalDate today, LocalDate businessDate) {
        return mapper.find(scope, kind, new WorkbenchDay(today, businessDate), LIST_LIMIT);
    }
}
